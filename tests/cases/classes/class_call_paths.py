# Calling a plain class: the args tuple, __init__ through slot_tp_init, refcounts and gc counts
import sys

class P:
    def __init__(self, a, b):
        print('in init', sys.getrefcount(a) - base, sys.getrefcount(self))
        self.a = a
        self.b = b

x = object()
base = sys.getrefcount(x)
p = P(x, 2)
print(sys.getrefcount(x) - base, p.a is x, p.b)

class R:
    def __init__(self):
        return 1
try:
    R()
except TypeError as e:
    print(e)

class E:
    def __init__(self, v):
        raise ValueError(v)
try:
    E(5)
except ValueError as e:
    print('raised', e)

class N:
    def __init__(self, a, b, c, d, e):
        self.s = a + b + c + d + e
print(N(1, 2, 3, 4, 5).s)

class K:
    def __init__(self, a, b=2):
        self.t = (a, b)
print(K(1).t, K(1, b=3).t, K(a=4).t)
try:
    K()
except TypeError as e:
    print(e)
try:
    K(1, 2, 3)
except TypeError as e:
    print(e)

# __init__ replaced on the class, or removed
class M:
    def __init__(self, v):
        self.v = v
m = M(1)
def other(self, v):
    self.v = v * 10
M.__init__ = other
print(M(2).v)
del M.__init__
try:
    M(3)
except TypeError as e:
    print(e)
print(type(M()).__name__)

# a builtin __init__ reached through the class
class L(list):
    pass
print(L((1, 2)))

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)

# an instance's attributes beyond the first shape
class W:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)
w1 = W(2)
w2 = W(5)
w3 = W(1)
print(vars(w1), vars(w2), vars(w3))
print(sys.getsizeof(w1) == sys.getsizeof(w2))
