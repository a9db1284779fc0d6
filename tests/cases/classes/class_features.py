class A:
    count = 0
    def __init__(self, n): self.n = n; A.count += 1
    def __repr__(self): return f'A({self.n})'
    def __init_subclass__(cls, **kw): print('subclass', cls.__name__, kw)
class B(A, flag=1): pass
a = A(1); b = B(2)
print(A.count, B.count, isinstance(b, A), issubclass(B, A), issubclass(A, B), type(b) is B, B.__bases__, B.__name__, B.__qualname__)
print(a.__class__, a.__dict__, hasattr(A, '__init__'), A.__module__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['added'] = 'yes'
        return super().__new__(mcls, name, bases, ns)
class M(metaclass=Meta): pass
print(M.added, type(M).__name__)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S(); print(s.a, hasattr(s, 'b'), hasattr(s, '__dict__'))
class Outer:
    class Inner:
        def m(self): return type(self).__qualname__
print(Outer.Inner().m())
class WithDel:
    def __del__(self): print('del', id(self) == idv)
w = WithDel(); idv = id(w); del w
print(isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, (int,)), type(None).__name__)
class Str(str):
    def shout(self): return self.upper() + '!'
print(Str('hi').shout(), Str('x') + 'y', type(Str('x') + 'y').__name__, len(Str('abc')))
class L(list):
    def total(self): return sum(self)
l = L([1, 2]); l.append(3); print(l.total(), l, type(l[:1]).__name__)
class D(dict):
    def __missing__(self, k): return k * 2
print(D()['ab'], D(a=1)['a'], D().get('z'))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
print(Point(1, 2) == Point(1, 2), Point.__hash__)
