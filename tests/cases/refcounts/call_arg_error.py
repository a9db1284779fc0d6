# A call whose argument raises releases the callable, self and the arguments already evaluated, once.
import sys

class C:
    def m(self, *a):
        return a
    def m1(self, a):
        return a
    def m2(self, a, b, c, d):
        return a

def f(*a):
    return a

def boom():
    raise ValueError('boom')

x = C()
y = [1, 2]
print(sys.getrefcount(x), sys.getrefcount(y))
for i in range(3):
    for call in (lambda: x.m(y, boom()), lambda: x.m1(boom()), lambda: x.m2(y, y, y, boom()),
                 lambda: f(y, boom()), lambda: f(y, y, boom()), lambda: f(y, y, y, boom()),
                 lambda: x.m(y, k=boom()), lambda: y.append(boom()), lambda: f(boom())):
        try:
            call()
        except ValueError as e:
            print(e, end=' ')
    print()
print(sys.getrefcount(x), sys.getrefcount(y), y)
