# subclasses of weakref.ref: extra slots, a __dict__, their own callbacks; never the shared ref
import weakref, sys, gc

class KeyedRef(weakref.ref):
    __slots__ = ('key',)
    def __new__(type, ob, callback, key):
        self = weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

class R(weakref.ref):
    pass

class C:
    pass

c = C()
k = KeyedRef(c, None, 'x')
base = weakref.ref(c)
r = R(c)
r.note = 'hello'
print(k.key, k() is c, type(k).__name__, isinstance(k, weakref.ref))
print(sys.getsizeof(k), sys.getsizeof(r), sys.getsizeof(base))
print(k is base, r is base, weakref.getweakrefcount(c))
print(weakref.getweakrefs(c)[0] is base)
print(r.note, R(c) is r, gc.is_tracked(k))
print(weakref.ref(r) is not None, weakref.getweakrefcount(r))
def gone(w):
    print('gone', type(w).__name__, getattr(w, 'key', None), w())
k2 = KeyedRef(c, gone, 'y')
r2 = R(c, gone)
print(weakref.getweakrefcount(c))
del c
print(k(), r(), base())
class Odd(weakref.ref):
    def __call__(self):
        obj = super().__call__()
        return ('odd', obj)
o = C()
print(Odd(o)() == ('odd', o))
