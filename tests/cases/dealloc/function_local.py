class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    a = D(1)
    b = D(2)
    print("ret")
f()
print("end")
