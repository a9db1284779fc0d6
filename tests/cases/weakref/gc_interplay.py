# weak containers and the cycle collector: collect() counts the KeyedRefs and refs the removal
# callbacks free; __del__ and finalize run in a collection after the weakrefs are cleared
import weakref, gc, sys

class N:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __repr__(self):
        return 'N(%s)' % self.name

class D(N):
    def __del__(self):
        print('__del__', self.name, 'wvd keys', sorted(wvd.keys()), 'ws', len(ws))

gc.collect()
wvd = weakref.WeakValueDictionary()
wkd = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
a, b, c = N('a'), D('b'), N('c')
wvd['a'] = a
wvd['b'] = b
wkd[c] = 'cval'
ws.add(a)
ws.add(b)
print(gc.is_tracked(wvd), gc.is_tracked(wvd.data), gc.is_tracked(wkd.data), gc.is_tracked(ws.data))
print(sys.getrefcount(a), sys.getrefcount(c), sys.getrefcount(wvd), sys.getrefcount(wvd.data['a']))
del a
print('after del a', len(wvd), len(ws))
print('collect ->', gc.collect())
print(sorted(wvd.keys()), len(ws), len(wkd))
del b
print('collect ->', gc.collect())
print(sorted(wvd.keys()), len(ws), len(wkd))
del c
print('collect ->', gc.collect())
print(len(wkd))

# a finalizer and a callback on the same cyclic object: newest weakref first
x = D('x')
fx = weakref.finalize(x, print, 'finalize x')
rx = weakref.ref(x, lambda r: print('callback x'))
del x
print('collect ->', gc.collect(), fx.alive)

# a weak container that is itself garbage: its removal callbacks are never called
def build():
    w = weakref.WeakValueDictionary()
    k = N('k')
    w['k'] = k
    k.w = w
build()
print('collect ->', gc.collect())

# generation counts: each container entry is a tracked object
gc.collect()
before = gc.get_count()[0]
w2 = weakref.WeakValueDictionary()
keep = [N(str(i)) for i in range(3)]
for i, n in enumerate(keep):
    w2[i] = n
print('gen0 grew', gc.get_count()[0] - before > 0)
del keep
print(len(w2), 'collect ->', gc.collect(), len(w2))
