class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    return D(1)
f()
print("after")
x = f()
print("kept")
print("end")
