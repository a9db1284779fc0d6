# complex constants are folded and merged per code object, as CPython's compiler does
a = 1 + 2j
b = 1 + 2j
m1, m2 = -1j, -1j
print(a is b, m1 is m2, (2j * 2) == 4j)
def f():
    return 3 - 4j
print(f() is f(), f() == 3 - 4j)
import sys
print(sys.getrefcount(f()) > 1)
c = complex(1, 2)
d = complex(1, 2)
print(c is d, c == d, c is a)
t = (1j, 2j)
u = (1j, 2j)
print(t is u)
