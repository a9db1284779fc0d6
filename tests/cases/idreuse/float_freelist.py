a = 1.5
ia = id(a)
del a
b = 2.5 * 3
print(id(b) == ia)
