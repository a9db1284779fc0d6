t = (1, 'a', 2.5, None)
print(t[1:3], t * 2, t + (1,), len(t), t.count(1), t.index('a'), tuple('ab'), tuple([1]), ())
a, *b = t
print(a, b)
*c, d = t
print(c, d)
x, (y, z) = 1, (2, 3)
print(x, y, z, (1, 2) == (1, 2), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
print((1,) * 0, ((1, 2),) + ((3,),))
