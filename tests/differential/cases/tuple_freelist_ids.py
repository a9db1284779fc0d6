def mk(a, b, c):
    return (a, b, c)
t = mk(1, 2, 3)
i = id(t)
del t
print(id(mk(4, 5, 6)) == i)
x = [mk(i, i, i) for i in range(3)]
ids = [id(v) for v in x]
del x
print(sorted(ids) == sorted(id(mk(i, 0, 0)) for i in range(3)) or True)
l = [1, 2]
i = id(l)
del l
d = {}
print(id(d) == i)
