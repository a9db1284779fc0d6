class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
L = [D(1), D(2)]
L[0] = D(3)
print("replaced")
L.pop()
print("end")
