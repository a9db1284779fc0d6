import sys
x = [{}]
ob = x[0]
ia = id(ob)
del x, ob
y = [{}]
print(id(y[0]) == ia)
print(sys.getrefcount(y[0]))
