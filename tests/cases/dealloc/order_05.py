class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
g = (D(i) for i in range(2))
for o in g:
    print("got", o.n)
print("end")
