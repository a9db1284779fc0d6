import sys
x = object()
t = (x, x)
print(sys.getrefcount(x))
del t
print(sys.getrefcount(x))
