class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D(1)
b = D(2)
del a
print("mid")
b = None
print("end")
