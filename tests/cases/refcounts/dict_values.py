import sys
x = object()
d = {1: x, 2: x}
print(sys.getrefcount(x))
del d[1]
print(sys.getrefcount(x))
