a = [1, 2]
ia = id(a)
del a
b = [3]
print(id(b) == ia)
