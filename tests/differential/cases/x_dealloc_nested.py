class D:
    def __init__(self, n, child=None): self.n = n; self.child = child
    def __del__(self): print("del", self.n)
x = D("outer", D("inner"))
del x
print("--")
def f():
    a = D("local1"); b = D("local2")
    return 0
f()
print("end")
