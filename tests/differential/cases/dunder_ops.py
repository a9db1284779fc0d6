class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'V(' + repr(self.v) + ')'
    def __sub__(self, o): return V(self.v - o.v)
    def __mul__(self, k): return V(self.v * k)
    def __rmul__(self, k): return V(self.v * k * 10)
    def __neg__(self): return V(-self.v)
    def __abs__(self): return V(abs(self.v))
    def __iadd__(self, o):
        self.v += o.v
        return self
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __index__(self): return self.v
a = V(5)
print(a - V(2), a * 3, 3 * a, -a, abs(V(-4)), a < V(6), V(7) > a, a <= a)
b = a
a += V(1)
print(a, b is a, [10, 20, 30][V(1)], hex(V(255)))
try:
    a / 2
except TypeError as e:
    print(e)
