import sys
class A:
    pass
a = A()
a.x = [1]
a.y = 2
v = a.x
print(sys.getrefcount(v))
d = a.__dict__
print(d, sys.getrefcount(v), type(d).__name__)
d['z'] = 3
print(a.z, vars(a) is d)
del a.x
print(d, sys.getrefcount(v))
b = A()
b.__dict__.update(q=1)
print(b.q)
