import sys
class Box: pass
b = Box()
v = []
b.a = v
b.b = v
print(sys.getrefcount(v))
d = b.__dict__
print(sys.getrefcount(v), sorted(d))
del b.a
print(sys.getrefcount(v))
b.b = None
print(sys.getrefcount(v))
setattr(b, 'c', v)
print(sys.getrefcount(v), getattr(b, 'c') is v)
del b
print(sys.getrefcount(v))
