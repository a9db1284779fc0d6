class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def make(n): return D(n)
make("discarded")
print("after discard")
k = make("kept")
print("kept alive")
k = 0
print("end")
