import sys
x = []
try:
    raise ValueError(x)
except ValueError as e:
    print(sys.getrefcount(x))
    err = e
print(sys.getrefcount(x))
del err
print(sys.getrefcount(x))
try:
    e
except NameError:
    print("e deleted")
def f():
    try:
        raise KeyError(x)
    except KeyError as e:
        return sys.getrefcount(x)
print(f(), sys.getrefcount(x))
a, b = x, x
print(sys.getrefcount(x))
a = b = None
l = [x]
l += [x]
print(sys.getrefcount(x), len(l))
l *= 2
print(sys.getrefcount(x), len(l))
l = None
print(sys.getrefcount(x))
t = (x, [x])
print(sys.getrefcount(x))
del t
s = {1: x}.get(1)
print(sys.getrefcount(x))
del s
print(sys.getrefcount(x))
class C:
    attr = x
print(sys.getrefcount(x))
C.attr = None
print(sys.getrefcount(x))
g = (y for y in [x])
print(sys.getrefcount(x))
del g
print(sys.getrefcount(x))
