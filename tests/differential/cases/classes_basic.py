class Base:
    kind = "base"
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello from " + self.name
    def __repr__(self):
        return f"Base({self.name!r})"
class Child(Base):
    kind = "child"
    def __init__(self, name, n):
        super().__init__(name)
        self.n = n
    def hello(self):
        return super().hello() + " child " + str(self.n)
c = Child("c", 3)
print(c.hello(), c.kind, Base.kind, repr(c), isinstance(c, Base), issubclass(Child, Base))
print(Child.__mro__)
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__
p = P()
p.x = 5
print(p.x, P.s(1), p.s(2), P.c(), p.c())
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return self.x < o.x
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __str__(self):
        return f"<{self.x},{self.y}>"
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return self.x != 0
    def __call__(self, k):
        return self.x * k
    def __contains__(self, v):
        return v == self.x
a = V(1, 2) + V(3, 4)
print(a, a == V(4, 6), a != V(4, 6), len(a), a[1], list(a), V(0, 1) < a, bool(V(0, 0)), a(10), 4 in a, 5 in a)
print(sorted([V(3, 0), V(1, 0), V(2, 0)])[0])
d = {V(1, 1): "one"}
print(d[V(1, 1)])
class A:
    def m(self): return "A"
class B(A):
    def m(self): return "B" + super().m()
class C(A):
    def m(self): return "C" + super().m()
class D(B, C):
    def m(self): return "D" + super().m()
print(D().m(), [k.__name__ for k in D.__mro__])
class G:
    def __getattr__(self, name):
        return name.upper()
print(G().foo)
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a)
try:
    s.c = 1
except AttributeError as e:
    print("slots", e)
try:
    s.b
except AttributeError as e:
    print(e)
print(type(c).__name__, type(3), type("s"), type(None))
class Cnt:
    count = 0
    def __init__(self):
        Cnt.count += 1
Cnt(); Cnt()
print(Cnt.count)
print(hasattr(c, "n"), getattr(c, "zz", "dflt"))
setattr(c, "zz", 9)
print(c.zz, vars(c))
