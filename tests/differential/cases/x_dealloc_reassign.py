class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
x = D(1)
x = D(2)
print("after reassign")
d = {"a": D(3)}
d["a"] = D(4)
print("dict replaced")
del d
print("end")
