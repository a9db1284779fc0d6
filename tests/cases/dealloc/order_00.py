class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D(1)
b = a
del a
print("still")
del b
print("end")
