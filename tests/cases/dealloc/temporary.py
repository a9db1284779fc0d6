class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(x):
    print("in f")
    return x.n
print(f(D(1)))
D(2)
print("end")
