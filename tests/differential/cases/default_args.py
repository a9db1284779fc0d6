def f(a, b=[], *, c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(f(1))
print(f(2))
print(f(3, []))
def g(x, y=None, *args, z=5, **kw):
    return x, y, args, z, kw
print(g(1), g(1, 2, 3, 4, z=6, w=7), g(*range(3), **{'z': 0}))
print(f.__defaults__[0], g.__kwdefaults__)
