class A:
    def hi(self): return ['A']
class B(A):
    def hi(self): return ['B'] + super().hi()
class C(A):
    def hi(self): return ['C'] + super().hi()
class D(B, C):
    def hi(self): return ['D'] + super().hi()
print(D().hi(), [k.__name__ for k in D.__mro__])
print(super(B, D()).hi())
class E:
    def __init__(self, v): self.v = v
class F(E):
    def __init__(self): super().__init__(7)
print(F().v)
class M(type): pass
try:
    class X(B, A, C): pass
except TypeError as e: print(e)
class Base:
    @classmethod
    def who(cls): return cls.__name__
class Der(Base):
    @classmethod
    def who(cls): return 'der:' + super().who()
print(Der.who())
class H:
    __hash__ = None
try: hash(H())
except TypeError as e: print(e)
class Eq:
    def __eq__(self, o): return True
try: hash(Eq())
except TypeError as e: print(e)
o1 = object(); print(o1 == o1, o1 != object(), Eq() == 1, 1 == Eq())
class N: pass
n = N(); print(n == n, n != N(), hash(n) == hash(n))
