class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = {"x": D(1)}
d["x"] = D(2)
print("set")
d.clear()
print("end")
