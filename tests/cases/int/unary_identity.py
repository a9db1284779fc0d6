# Which int and float operations give back the very object (CPython's long_long / float_float:
# an exact int or float is returned with one more reference; a subclass instance becomes a new
# exact object), and what that does to ids and refcounts.
import sys
x = 10**6
y = -(10**6)
print(abs(x) is x, +x is x, int(x) is x, x.__index__() is x, x.__abs__() is x, x.__pos__() is x, x.__int__() is x)
print(abs(y) is y, +y is y, int(y) is y, -y is y, abs(y) == x)
print(round(x) is x, round(x, 2) is x, round(x, 0) is x, round(x, -2) is x, x.__round__() is x)
print(x.__trunc__() is x, x.__floor__() is x, x.__ceil__() is x, x.conjugate() is x)
print(x.real is x, x.numerator is x, x.imag, x.denominator)
import math
print(math.trunc(x) is x, math.floor(x) is x, math.ceil(x) is x)
before = sys.getrefcount(x)
keep = [abs(x), +x, int(x), x.real]
print(sys.getrefcount(x) - before)
del keep
print(sys.getrefcount(x) - before)

class I(int):
    pass

z = I(5000)
for r in (abs(z), +z, int(z), z.__index__(), z.real, z.numerator, round(z), z.conjugate(), z.__trunc__()):
    print(type(r).__name__, r is z, r)
n = I(-7000)
print(type(abs(n)).__name__, abs(n), type(+n).__name__, +n)
print(abs(True), type(abs(True)).__name__, +True, type(+True).__name__, int(True), type(int(True)).__name__)

f = 1.5e300
print(abs(f) is f, +f is f, float(f) is f, f.real is f, f.conjugate() is f, f.__pos__() is f)
g = -2.5e10
print(abs(g) is g, +g is g, -g is g)

class F(float):
    pass

h = F(2.5)
for r in (+h, float(h), h.real, h.conjugate(), abs(h)):
    print(type(r).__name__, r is h, r)

# a temporary from + on an exact int is the same block: ids agree while both live
a = 123457 * 3
b = +a
print(id(a) == id(b), b)
del a, b
