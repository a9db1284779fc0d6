# weakref.ref: shared callback-less refs, counts, __callback__, repr, what cannot be referenced
import weakref, sys

class C:
    pass

def masked(s, *objs):
    for i, o in enumerate(objs):
        s = s.replace(hex(id(o)), 'ADDR%d' % i)
    return s

c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c)
print(r1 is r2, weakref.getweakrefcount(c), r1() is c)
def cb(w):
    print('cb')
r3 = weakref.ref(c, cb)
r4 = weakref.ref(c, None)
print(r4 is r1, r3 is r1, weakref.getweakrefcount(c))
print(weakref.getweakrefs(c) == [r1, r3], weakref.getweakrefs(c)[0] is r1)
print(r3.__callback__ is cb, r1.__callback__)
print(r1 == r3, r1 != r3, hash(r1) == hash(c), hash(r3) == hash(r1))
print(masked(repr(r1), r1, c))
def f():
    pass
print(masked(repr(weakref.ref(f)), weakref.ref(f), f))
print(masked(repr(weakref.ref(C)), weakref.ref(C), C))
print(sys.getsizeof(r1), sys.getsizeof(r3))
print(type(r1), type(r1).__name__, weakref.ref is weakref.ReferenceType, weakref.ref.__module__)
print(sys.getrefcount(c))
del c
print(r1(), r3(), weakref.getweakrefcount(r1))
print(masked(repr(r1), r1))
print(r1 == r3, r1 == r1)
try:
    hash(weakref.ref(C(), cb))
except TypeError as e:
    print('TypeError:', e)
for o in [1, 1.5, 'abc', (1, 2), [1], {}, object(), None, True, ValueError]:
    try:
        weakref.ref(o)
        print(type(o).__name__, 'ok')
    except TypeError as e:
        print(e)
for o in [set(), frozenset(), len, f, sys, f.__code__, C().__str__.__self__]:
    print(type(o).__name__, weakref.getweakrefcount(o))
print(weakref.getweakrefcount(5), weakref.getweakrefs(5))
class S:
    __slots__ = ('a',)
class SW:
    __slots__ = ('a', '__weakref__')
try:
    weakref.ref(S())
except TypeError as e:
    print(e)
print(weakref.ref(SW()) is not None)
for args in [(), (C(), None, 1)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print(e)
try:
    weakref.ref(C(), callback=None)
except TypeError as e:
    print(e)
d = C()
try:
    weakref.ref(d)(1)
except TypeError as e:
    print(e)
