class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    d = D("gen-local")
    yield 1
    yield 2
g = gen()
print(next(g))
del g
print("after del gen")
