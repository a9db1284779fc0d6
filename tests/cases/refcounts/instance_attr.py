import sys
class A: pass
x = object()
a = A()
a.v = x
print(sys.getrefcount(x))
del a.v
print(sys.getrefcount(x))
