# assorted weakref behaviour: equal keys in a WeakKeyDictionary, | and |= on weak mappings,
# a callable proxy of a class, deaths during WeakSet iteration, finalize kwargs, bound methods
import weakref, gc
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return 'K(%d)' % self.v
k1, k1b, k2 = K(1), K(1), K(2)
d = weakref.WeakKeyDictionary()
d[k1] = 'a'
d[k1b] = 'b'
print(len(d), d[k1], d[k1b], list(d.items()))
del k1
print(len(d), list(d.items()))
del k1b
print(len(d), list(d.items()))
class V: pass
v1, v2 = V(), V()
w = weakref.WeakValueDictionary(a=v1)
w2 = w | {'b': v2}
print(sorted(w2.keys()), type(w2).__name__)
w |= {'c': v2}
print(sorted(w.keys()))
w3 = {'z': v1} | w
print(type(w3).__name__, sorted(w3.keys()))
P = weakref.proxy(V)
print(type(P).__name__, type(P()).__name__)
ws = weakref.WeakSet()
items = [V() for i in range(5)]
for i in items: ws.add(i)
del i
n = 0
for x in ws:
    if n == 0:
        del items[:]
    n += 1
    x = None
print('iterated', n, len(ws))
print(len(ws))
f = weakref.finalize(v1, print, 'kw', sep='-')
print(f.peek()[3], f.detach()[3], f.peek())
class M:
    def m(self): pass
print(weakref.ref(M().m)())
wm = weakref.WeakMethod(M().m)
print(wm())
try:
    weakref.proxy(weakref.proxy(v1))
except TypeError as e: print(e)
r = weakref.ref(v1)
print(weakref.ref(r) if False else 'skip')
print(bool(weakref.proxy(v1)), repr(weakref.WeakSet([v1]))[:10])
print(weakref.getweakrefcount(v1))
s = str(weakref.proxy(v1))
print(s.startswith('<__main__.V object at'))
