class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class H:
    def __init__(self): self.d = D("attr")
    def __del__(self): print("H del")
h = H()
h = 0
print("end")
