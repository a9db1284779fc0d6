class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
b = D("b")
_a = D("_a")
a = D("a")
print("end")
