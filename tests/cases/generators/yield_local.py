# `yield name` of a local (read inline by the generator program): the reference it takes,
# a local deleted or never bound (UnboundLocalError at the yield), genexpr elements
import sys

def g(a):
    yield a
    b = [a]
    yield b
    del b
    yield b

obj = object()
before = sys.getrefcount(obj)
it = g(obj)
v = next(it)
print(v is obj, sys.getrefcount(obj) - before)
del v
print(sys.getrefcount(obj) - before)
w = next(it)
print(len(w), sys.getrefcount(w))
del w
try:
    next(it)
except UnboundLocalError as e:
    print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)

ge = (x for x in [obj, obj])
print(next(ge) is obj, sys.getrefcount(obj) - before)
del ge
print(sys.getrefcount(obj) - before)

def h():
    if False:
        c = 1
    yield c

for y in h():
    print(y)
