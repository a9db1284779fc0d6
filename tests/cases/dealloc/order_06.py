class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
try:
    raise ValueError(D(1))
except ValueError:
    print("handled")
print("out")
print("end")
