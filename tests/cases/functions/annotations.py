# Function annotations: evaluated at def time after the defaults (args before posonlyargs),
# held as MAKE_FUNCTION's tuple until read, then a dict; settable to a dict or None.
import sys
def f(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6: pass
print(f.__annotations__)
class C:
    def m(self, __x: 1) -> 2: pass
print(C.m.__annotations__)
t = object()
n = sys.getrefcount(t)
def g(x: t): pass
print(sys.getrefcount(t) - n)
a1 = g.__annotations__
print(sys.getrefcount(t) - n, g.__annotations__ is a1)
del g
print(sys.getrefcount(t) - n, list(a1), a1['x'] is t)
del a1
print(sys.getrefcount(t) - n)
def h(): pass
print(h.__annotations__, h.__annotations__ is h.__annotations__)
h.__annotations__ = {'z': 1}
print(h.__annotations__)
h.__annotations__ = None
print(h.__annotations__)
del h.__annotations__
print(h.__annotations__)
try:
    h.__annotations__ = 5
except TypeError as e:
    print(e)
try:
    def k(x: undefined_thing): pass
except NameError as e:
    print(e)
print((lambda x: x).__annotations__)
order = []
def note(v):
    order.append(v)
    return v
def deco(fn):
    order.append('deco')
    return fn
@deco
def p(a: note('a') = note('da'), *, b: note('b') = note('db')) -> note('r'):
    pass
print(order, p.__annotations__, p.__defaults__, p.__kwdefaults__)
import functools
def w(x: int) -> str:
    return str(x)
@functools.wraps(w)
def wrapper(*args):
    return w(*args)
print(wrapper.__annotations__, wrapper.__wrapped__ is w)
