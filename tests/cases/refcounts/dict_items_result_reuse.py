# dict.items() iterators reuse their (key, value) tuple while only the iterator holds it
import sys, gc
gc.disable()
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
for t in d.items():
    print(t, sys.getrefcount(t), gc.is_tracked(t))
for t in reversed(d.items()):
    print(t, sys.getrefcount(t))
it = iter(d.items())
a = next(it)
b = next(it)
print(a is b, a, b)
del a
c = next(it)
print(c is b, c)
# creating the iterator allocates the iterator and its (None, None) tuple
gc.collect()
c0 = gc.get_count()[0]
it = iter(d.items())
print(gc.get_count()[0] - c0)
# a collection untracks the cached tuple (it holds only atomic objects); reuse tracks it again
gc.collect()
t = next(it)
print(gc.is_tracked(t), t)
del t
t = next(it)
print(gc.is_tracked(t), t, sys.getrefcount(t))
print(len([x for x in gc.get_referents(it) if type(x) is tuple]))
del it, t
# the replaced key and value are released when the tuple is refilled
class Noisy:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'N{self.n}'
    def __del__(self): print('del', self.n)
e = {1: Noisy(1)}
for k, v in e.items():
    pass
e[1] = Noisy(2)
print('replaced')
it = iter({2: Noisy(3)}.items())
t = next(it)
print(t)
del t
print('dropping iterator')
del it
print('end')
