class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        print('set', v); self._x = v
    @x.deleter
    def x(self):
        print('del'); del self._x
    @property
    def ro(self): return 1
p = P()
p.x = 5
print(p.x, P.x.__doc__)
del p.x
print(hasattr(p, '_x'))
try: p.ro = 2
except AttributeError as e: print(e)
try: del p.ro
except AttributeError as e: print(e)
class Q:
    n = 0
    @classmethod
    def make(cls, v): cls.n += 1; return (cls.__name__, v)
    @staticmethod
    def add(a, b): return a + b
class R(Q): pass
print(Q.make(1), R.make(2), Q().make(3), Q.n, R.n)
print(Q.add(1, 2), Q().add(3, 4), type(Q.__dict__['add']).__name__, type(Q.__dict__['make']).__name__)
prop = property(lambda self: 'lam')
class S: y = prop
print(S().y, isinstance(S.y, property))
