# a cache built on WeakValueDictionary: entries vanish as soon as the values die
import weakref, gc, sys

class Img:
    loads = 0
    def __init__(self, name):
        Img.loads += 1
        self.name = name
    def __repr__(self):
        return 'Img(%r)' % self.name

cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        img = Img(name)
        cache[name] = img
    return img

a = load('a')
b = load('b')
a2 = load('a')
print(a is a2, Img.loads, len(cache), sorted(cache.keys()), 'a' in cache, 'z' in cache)
print(sys.getrefcount(a), sys.getrefcount(b))
print(type(cache).__name__, repr(cache) == '<WeakValueDictionary at %#x>' % id(cache))
del a, a2
print(len(cache), list(cache.keys()), 'a' in cache, cache.get('a', 'missing'))
c = load('a')
print(Img.loads, sorted(cache.items()), sorted(cache.values(), key=lambda i: i.name))
try:
    cache['zz']
except KeyError as e:
    print('KeyError', e)
print(cache.setdefault('b', None), cache.setdefault('n', c) is c)
print(cache.pop('n') is c, cache.pop('n', 'dflt'))
try:
    cache.pop('n')
except KeyError as e:
    print('KeyError', e)
vr = cache.valuerefs()
print(len(vr), type(vr[0]).__name__, sorted(r.key for r in vr))
# a value in a cycle lingers until a collection
d = Img('d')
d.me = d
cache['d'] = d
del d
print(len(cache), 'd' in cache)
gc.collect()
print(len(cache), 'd' in cache)
# removal while iterating is deferred until the iteration ends
e1, e2 = Img('e1'), Img('e2')
cache['e1'] = e1
cache['e2'] = e2
it = cache.items()
first = next(it)
del e1, e2
first = None
print('pending while iterating', len(cache._pending_removals) > 0)
rest = list(it)
print(len(cache._pending_removals), len(cache), sorted(cache.keys()))
cache2 = weakref.WeakValueDictionary({'x': c}, y=b)
print(sorted(cache2.keys()), cache2.copy()['x'] is c, cache2 == {'x': c, 'y': b})
del cache2['x']
print(list(cache2.keys()), cache2.popitem() == ('y', b), len(cache2))
cache.clear()
print(len(cache))
