# Calling a class packs its positional arguments into a tuple (3.11's _PyObject_MakeTpCall: classes
# have no vectorcall). The tuple holds a reference to each argument while __init__ runs, moves gc's
# gen0 count when the free list of its length is empty, and goes to that free list afterwards.
import gc, sys
gc.disable()
seen = []
class A:
    def __init__(self, x, y):
        self.x = x
class R:
    def __init__(self, x, y):
        seen.append([id(r) for r in gc.get_referrers(x) if type(r) is tuple])
        print('refcount of x in __init__:', sys.getrefcount(x))
class B:
    pass
class N:
    def __new__(cls, x):
        print('refcount of x in __new__:', sys.getrefcount(x))
        return object.__new__(cls)
def count():
    return gc.get_count()[0]
w = [[] for i in range(100)]     # fills the list free list (CPython's is full at start-up)
del w
for i in range(3):
    count()
keep = [(i, -i) for i in range(3000)]   # the free list of 2-tuples is empty now
out = []
for i in range(3):
    c0 = count()
    a = A(1, 2)
    c1 = count()
    t = (c0, c1)               # reuses the args tuple's block
    c2 = count()
    out.append((c1 - c0, c2 - c1))
    keep.append(t)
print(out)
v = [1]
for i in range(3):
    r = R(v, 2)
    t = (i, i)
    print(seen[-1] == [id(t)])
    keep.append(t)
c0 = count()
b = B()
print(count() - c0)
n = N([])
n = N(v)
f = R.__init__
f(r, v, 3)
print(len(seen[-1]))

# keyword arguments: a dict of them (_PyStack_AsDict), then _PyStack_UnpackDict's stack and names tuple
class K:
    def __init__(self, x, *a, y=0):
        print('K', sys.getrefcount(x), sys.getrefcount(y))
class C:
    def __call__(self, x, **k):
        print('C', sys.getrefcount(x))
c = C()
c([])
c([], k=1)
c(v, k=v)
K(v, y=v)
K(v, 1, 2, 3, 4, y=v)
K(v, 1, 2, 3, 4, 5, y=v)
class K2:
    def __init__(self, x, *a, y=0):
        pass
dicts = [{} for i in range(100)]   # the dict free list is empty now
for i in range(3):
    c0 = count()
    K2(1, y=2)
    c1 = count()
    d = {}
    c2 = count()
    print(c1 - c0, c2 - c1)
    dicts.append(d)
