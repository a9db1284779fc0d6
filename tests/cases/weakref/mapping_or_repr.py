# WeakValueDictionary / WeakKeyDictionary: repr, | |= and reflected | (shared mapping methods)
import weakref
class A: pass
a, b = A(), A()
d = weakref.WeakValueDictionary({1: a})
k = weakref.WeakKeyDictionary({a: 1})
print(repr(d)[:21], repr(k)[:19])
print(sorted((d | {2: b}).keys()), sorted(({3: b} | d).keys()), type({3: b} | d).__name__)
d |= {4: b}; print(sorted(d.keys()))
print(len(k | {b: 2}), type(k | {b: 2}).__name__, ({b: 5} | k)[b])
k |= {b: 3}; print(k[b])
print(d.__or__(5), k.__ror__(5))
