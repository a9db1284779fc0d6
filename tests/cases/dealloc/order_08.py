class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D("a")
z = D("z")
_ = D("_")
m = D("m")
print("end")
