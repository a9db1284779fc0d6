class A:
    k = 1
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, n): self._v = n * 2
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
a = A()
a.v = 5
print(a.v, A.s(), A.c(), a.k)
