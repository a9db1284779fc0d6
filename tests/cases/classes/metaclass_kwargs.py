class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class M(metaclass=Meta, tag='a'): pass
class N(M): pass
print(type(N).__name__)
try:
    class X(flag=1): pass
except TypeError as e: print(e)
class Base:
    def __init_subclass__(cls, /, prefix='', **kw):
        super().__init_subclass__(**kw)
        cls.full = prefix + cls.__name__
class Sub(Base, prefix='my_'): pass
class Sub2(Base): pass
print(Sub.full, Sub2.full)
