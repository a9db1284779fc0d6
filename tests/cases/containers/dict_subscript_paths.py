# d[k] and d[k] = v on exact dicts (the inline paths) and on subclasses: hits and misses with
# int, str, float, bool, tuple and user keys, KeyError reprs, unhashable keys, __missing__,
# refcounts of stored, replaced and looked-up objects, and __del__ order on replacement.
import sys
d = {1: 'a', 'b': 2, 2.5: 'c', (1, 2): 'd', None: 'e'}
print(d[1], d[1.0], d[True], d['b'], d[2.5], d[(1, 2)], d[None])
for k in [3, 'x', 2.0, (2, 1), False, -1, 2**40, 'b' * 2]:
    try:
        d[k]
    except KeyError as e:
        print('KeyError', repr(e), e.args[0] is k)
for k in [[1], {}, {1}]:
    try:
        d[k]
    except TypeError as e:
        print('load', e)
    try:
        d[k] = 1
    except TypeError as e:
        print('store', e)
x = object()
d[10] = x
d[10] = x
d['s' + str(1)] = x
print(sys.getrefcount(x), d[10] is x, d['s1'] is x)
y = d[10]
print(sys.getrefcount(x))
del y
d[10] = 0
d['s1'] = 0
print(sys.getrefcount(x))
class D(dict):
    def __missing__(self, k):
        return ('missing', k)
e = D(a=1)
print(e['a'], e['zz'], e[5])
class E(dict):
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k)
f = E()
f[1] = 2
print(f[1], dict.__getitem__(f, 1))
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
    def __hash__(self): return 7
    def __eq__(self, o): return isinstance(o, Noisy)
g = {}
g[Noisy(1)] = Noisy(2)
g[Noisy(3)] = Noisy(4)
print('replaced', len(g))
{}[Noisy(5)] = Noisy(6)
print('temp dict')
h = {i: i * i for i in range(300)}
s = 0
for i in range(300):
    s += h[i]
    h[i] = -i
print(s, sum(h.values()), len(h))
print('end')
