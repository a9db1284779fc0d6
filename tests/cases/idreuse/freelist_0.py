import sys
x = [1.5]
ob = x[0]
ia = id(ob)
del x, ob
y = [1.5]
print(id(y[0]) == ia)
print(sys.getrefcount(y[0]))
