class P:
    count = 0
    def __init__(self, v): self._v = v; P.count += 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 2
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls): return cls.__name__, cls.count
p = P(3); p.v = 5
print(p.v, P.s(1), p.s(2), P.c(), P(1).c())
