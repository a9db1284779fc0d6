class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class H: pass
h = H()
h.x = D(1)
h.y = D(2)
del h
print("end")
