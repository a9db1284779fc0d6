class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
x = [D(i) for i in range(3)]
x = None
print("end")
