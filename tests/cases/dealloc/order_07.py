class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
t = (D(1), (D(2), D(3)))
t = t[1]
print("inner")
print("end")
