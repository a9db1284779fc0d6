class P:
    pass
a = P()
i = id(a)
del a
print(id(P()) == i)
print(id(P()) == id(P()))
f = 1.5 + 0.25
i = id(f)
del f
print(id(2.5 + 0.25) == i)
t = (1, 2, [3])
i = id(t)
del t
print(id((4, 5, [6])) == i)
l = [1, 2]
i = id(l)
del l
print(id([3, 4]) == i)
print(id(None) == id(None), id(1) == id(1))
x = 1000
y = 1000
print(x is y)
