# d.get / d.pop called as methods with one and two positional arguments (the fixed-arity entry
# points), unbound, bound, by keyword, on subclasses, with failing hashes and refcounts.
import sys

d = {1: 'a', 'k': [1], 2.0: 'f', (1, 2): 't'}
print(d.get(1), d.get(2), d.get(2, 'dflt'), d.get('k'), d.get((1, 2), 0), d.get(2.5, None))
dflt = object()
print(sys.getrefcount(dflt), d.get(99, dflt) is dflt, sys.getrefcount(dflt))
v = d['k']
before = sys.getrefcount(v)
r = d.get('k', 0)
print(sys.getrefcount(v) - before)
del r
print(dict.get(d, 1), dict.get(d, 7, 'u'))
g = d.get
print(g(2.0), g(3, 4))
for bad in ([], {}):
    try:
        d.get(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        d.get(bad, 0)
    except TypeError as e:
        print('TypeError', e)
for args in ((), (1, 2, 3)):
    try:
        d.get(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    d.get(key=1)
except TypeError as e:
    print('TypeError', e)

class H:
    def __hash__(self):
        raise ValueError('no hash')
try:
    d.get(H(), 1)
except ValueError as e:
    print('ValueError', e)

class D(dict):
    pass
class G(dict):
    def get(self, k, dflt=None):
        return ('G', k, dflt)
print(D(a=1).get('a'), D().get('b', 2), G().get('x'), G().get('x', 3))

e = {i: str(i) for i in range(10)}
print(e.pop(3), e.pop(3, 'gone'), e.pop(4, None), len(e))
try:
    e.pop(3)
except KeyError as ex:
    print('KeyError', ex)
try:
    e.pop([], 0)
except TypeError as ex:
    print('TypeError', ex)
try:
    e.pop()
except TypeError as ex:
    print('TypeError', ex)
x = object()
e[x] = x
print(sys.getrefcount(x))
y = e.pop(x)
print(sys.getrefcount(x), y is x, list(e))
for f in ('get', 'pop', 'setdefault'):
    for a, k in (((), {}), ((1, 2, 3), {}), ((), {'key': 1}), ((1,), {'default': 2})):
        try:
            getattr(d, f)(*a, **k)
        except TypeError as ex:
            print(f, a, k, ex)
sd = {}
print(sd.setdefault('a'), sd.setdefault('b', [1]), sd.setdefault('b', 2), sd.setdefault(3, 'x'), sd)
lst = [9]
print(sys.getrefcount(lst), sd.setdefault('c', lst) is lst, sys.getrefcount(lst), sd.setdefault('c', 0) is lst)
try:
    sd.setdefault({}, 1)
except TypeError as ex:
    print('TypeError', ex)
