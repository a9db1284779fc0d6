d = {'a': 1, 'b': 2, 'c': 3}
e = {'c': 30, 'z': 26}
print(d | e, e | d)
d2 = dict(d); d2 |= e; print(d2)
d2 |= [('q', 1)]; print(d2)
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
k = d.keys()
print(k & {'a', 'x'}, sorted(k - {'a'}), sorted(k | {'x'}), sorted(k ^ {'a', 'y'}), k.isdisjoint(['x']), {'a'} & k)
print(d.items() & {('a', 1)}, sorted(d.items() - {('a', 1)}))
try:
    d | [1]
except TypeError as ex: print(ex)
r = reversed(d)
del d['a']
try:
    next(r)
except RuntimeError as ex: print(ex)
class D(dict): pass
print(type(D(a=1) | {'b': 2}).__name__)
print(dict.__or__, dict.__ior__ is not None)
