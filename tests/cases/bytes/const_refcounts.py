# refcounts of bytes, complex and folded constants, and items of constant tuples merged with equal constants
import sys
x = b'abc' * 10
print(sys.getrefcount(x))
y = b'literal bytes'
print(sys.getrefcount(y))
c = 1 + 2j
print(sys.getrefcount(c))
def f():
    a = b'in function'
    b = 3 + 4j
    return sys.getrefcount(a), sys.getrefcount(b)
print(f())
a, b = 1.5, 1.5
print(a is b, sys.getrefcount(a))
t = (1.5, 2.5)
x = 2.5
print(t[1] is x, sys.getrefcount(x))
m1, m2 = -1j, -1j
print(m1 is m2, sys.getrefcount(m1))
u = ((1000, 2000), (1000, 2000))
print(u[0] is u[1], u[0][0] is u[1][0])
bb = (b'k', b'kk', b'kk')
print(bb[1] is bb[2], sys.getrefcount(bb[1]))
