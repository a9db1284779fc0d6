a = [1, 2]
i = id(a)
del a
b = [3, 4]
print(id(b) == i)
c = (1, 2, 3)
print(id(c) == id(c), id(None) == id(None))
