def f(*a, **k): return a, sorted(k.items())
args = [1, 2]
kw = {'x': 1}
print(f(*args, 3, *args, **kw, y=2))
print(*[1, 2, 3], sep=', ')
first, *middle, last = range(6)
print(first, middle, last)
print([*range(3), *'ab'], {**{'a': 1}, 'b': 2})
def g(a, b, c): return a + b + c
print(g(*(1, 2), c=3), g(**{'a': 1, 'b': 2, 'c': 3}))
