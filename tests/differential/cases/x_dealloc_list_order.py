class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
l = [D(i) for i in range(4)]
l[1:3] = []
print("sliced")
t = (D("t0"), D("t1"))
del t, l
print("end")
