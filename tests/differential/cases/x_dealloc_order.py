class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D(1); b = D(2)
l = [D(3), D(4)]
del a
print("mid")
del l
b = None
print("end")
c = D(5)
