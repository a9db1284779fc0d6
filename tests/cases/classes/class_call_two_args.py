# A class called with two positional arguments: the args tuple, what __init__ gets, its errors,
# the tuple kept alive by __init__ (it must keep its items while later calls reuse others), and
# builtin types and metaclasses called the same way.
import gc, sys

class Grab:
    def __init__(self, a, b):
        global grabbed
        grabbed = [r for r in gc.get_referrers(a) if type(r) is tuple and len(r) == 2 and r[1] is b]

class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

x = []
y = []
rx, ry = sys.getrefcount(x), sys.getrefcount(y)
Grab(x, y)
t = grabbed[0]
print(t[0] is x, t[1] is y, sys.getrefcount(x) - rx, sys.getrefcount(y) - ry)
ps = [P(i, -i) for i in range(5)]
print(t[0] is x, t[1] is y, [(p.a, p.b) for p in ps])
del grabbed, t
print(sys.getrefcount(x) - rx, sys.getrefcount(y) - ry)
ps = [P(str(i), i * 2) for i in range(5)]
print([(p.a, p.b) for p in ps])
for i in range(3):
    P(x, y)
print(sys.getrefcount(x) - rx, sys.getrefcount(y) - ry)

class E:
    def __init__(self, a, b):
        raise ValueError(a, b)
try:
    E(x, 'b')
except ValueError as e:
    print('E', e.args[0] is x, e.args[1])
    del e
print(sys.getrefcount(x) - rx)

class Bad:
    def __init__(self, a, b):
        return a
try:
    Bad(1, 2)
except TypeError as e:
    print(e)

class S:
    __init__ = staticmethod(lambda a, b: print('S', a, b))
S(1, 2)

class C:
    def __call__(self, a, b):
        print('C', a, b)
class D:
    __init__ = C()
try:
    D(1, 2)
except TypeError as e:
    print('D', e)

class W:
    def __init__(self, a):
        pass
try:
    W(1, 2)
except TypeError as e:
    print(e)

class Meta(type):
    def __call__(cls, a, b):
        print('Meta call', a, b)
        return super().__call__(a, b)
class M(metaclass=Meta):
    def __init__(self, a, b):
        self.s = a + b
print(M(1, 2).s)

print(int('11', 2), range(1, 4)[2], slice(1, 2).stop, divmod(7, 2), type('T', (), {}).__name__)
print(type(ps[0]) is P, str(b'ab', 'ascii'))
gc.collect()
print(sys.getrefcount(x) - rx, sys.getrefcount(y) - ry)
