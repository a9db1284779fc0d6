# Instances made right after others died start clean: no attribute, __dict__, weak reference,
# slot value or finalized mark of the dead ones shows in the new ones, and ids come back as the
# allocator hands blocks out.
import gc, weakref

class P:
    def __init__(self, x):
        self.x = x

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

class S:
    __slots__ = ('a', '__dict__')

a = P(1)
a.extra = 'e'
ia = id(a)
del a
b = P(2)
print(id(b) == ia, b.x, hasattr(b, 'extra'), b.__dict__)

c = P(3)
c.__dict__['y'] = 4
del c
d = P(5)
print(vars(d), getattr(d, 'y', None))

for i in range(3):
    D('d%d' % i)
e = D('e')
del e

w = P(6)
r = weakref.ref(w)
del w
print(r())
f = P(7)
print(weakref.getweakrefcount(f))

s = S()
s.a = 1
s.b = 2
del s
t = S()
print(getattr(t, 'a', 'no a'), vars(t))

class Q(P):
    pass
q = Q(8)
del q
g = Q(9)
print(type(g).__name__, g.x, gc.is_tracked(g))

# a cycle of instances: collected, then new ones reuse the blocks
x = P(10); y = P(11); x.o = y; y.o = x
del x, y
print(gc.collect())
z = [P(i) for i in range(5)]
print([p.x for p in z], all(not hasattr(p, 'o') for p in z))

class R:
    def __del__(self):
        global saved
        saved = self
        print('resurrect')
R()
print(type(saved).__name__)
saved = None
n = R()
del n
saved = None
print('end')
