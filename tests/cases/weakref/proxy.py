# weakref.proxy: attribute access, operators, containers, calls, repr, hashing, death
import weakref, sys

def masked(s, *objs):
    for i, o in enumerate(objs):
        s = s.replace(hex(id(o)), 'ADDR%d' % i)
    return s

class V:
    def __init__(self, v):
        self.v = v
        self.items = [1, 2, 3]
    def double(self):
        return self.v * 2
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
    def __mul__(self, o):
        return self.v * o
    def __neg__(self):
        return -self.v
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, x):
        self.items[i] = x
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __eq__(self, o):
        return isinstance(o, V) and o.v == self.v
    def __lt__(self, o):
        return self.v < o.v
    __hash__ = object.__hash__
    def __str__(self):
        return 'V(%s)' % self.v
    def __bool__(self):
        return self.v != 0
    def __int__(self):
        return self.v
    def __index__(self):
        return self.v

class F:
    def __call__(self, *a, **k):
        return ('called', a, k)

v = V(5)
p = weakref.proxy(v)
print(type(p), type(p).__name__, sys.getsizeof(p))
print(p.v, p.double(), p.items, p.__class__ is V, isinstance(p, V))
p.v = 7
print(v.v, (p + 1).v, (1 + p).v, p * 3, -p, (p + p).v)
print(len(p), p[0], 2 in p, 9 in p, list(p), bool(p), str(p), int(p))
p[0] = 10
print(v.items, [10, 20, 30][p.__index__() - 6])
print(p == v, v == p, p == V(7), p != V(8), p < V(9))
try:
    hash(p)
except TypeError as e:
    print(e)
print(masked(repr(p), p, v))
print(weakref.proxy(v) is p, weakref.getweakrefcount(v), weakref.getweakrefs(v)[0] is p)
r = weakref.ref(v)
print(weakref.getweakrefs(v)[0] is r, weakref.getweakrefs(v)[1] is p)
def cb(x):
    print('proxy callback', type(x).__name__)
pc = weakref.proxy(v, cb)
print(pc is p, weakref.getweakrefcount(v))
f = F()
fp = weakref.proxy(f)
print(type(fp).__name__, fp(1, x=2), callable(fp), callable(p))
try:
    hash(fp)
except TypeError as e:
    print(e)
print(sys.getrefcount(v))
del v
for op in [lambda: p.v, lambda: len(p), lambda: p + 1, lambda: str(p), lambda: p == 1]:
    try:
        op()
    except ReferenceError as e:
        print(type(e).__name__, e)
print(masked(repr(p), p, None))
del f
try:
    fp()
except ReferenceError as e:
    print('ReferenceError', e)
it = weakref.proxy(V(1))
try:
    weakref.proxy(1)
except TypeError as e:
    print(e)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
