class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.registry.append(cls.__name__)
class A(Base): pass
class B(Base): pass
print(Base.registry)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "desc:" + self.name
class U:
    field = Desc()
print(U().field, U.field.name)
class P:
    def __init__(self):
        self._v = 1
    def _get(self): return self._v
    def _del(self): print("deleting"); del self._v
    v = property(_get, None, _del, "doc")
p = P()
print(p.v)
del p.v
print(hasattr(p, "_v"))
try:
    p.v = 3
except AttributeError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class M:
    @classmethod
    def make(cls):
        return cls()
class N(M):
    pass
print(type(N.make()).__name__)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
try:
    hash(Eq(1))
except TypeError as e:
    print(e)
print(Eq(1) == Eq(1), Eq(1) != Eq(2))
class Num:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return Num(o + self.v)
    def __repr__(self): return "Num(%r)" % (self.v,) if False else "Num(" + repr(self.v) + ")"
print(1 + Num(2), sum([Num(1), Num(2)], 0) if False else None)
class Sub(int):
    def double(self): return self * 2
s = Sub(21)
print(s.double(), s + 1, type(s + 1).__name__, isinstance(s, int))
class MyList(list):
    def total(self): return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml.total(), len(ml), ml[0], type(ml).__name__)
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1)
print(md["a"], md[5])
class Str(str):
    pass
print(Str("abc").upper(), len(Str("xy")))
class WithSlots:
    __slots__ = ["x"]
ws = WithSlots()
ws.x = 5
print(ws.x)
del ws.x
try:
    ws.x
except AttributeError as e:
    print(e)
print(WithSlots.x)
