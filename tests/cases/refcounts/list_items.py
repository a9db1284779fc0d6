import sys
x = object()
L = [x, x, x]
print(sys.getrefcount(x))
L.pop()
print(sys.getrefcount(x))
L.clear()
print(sys.getrefcount(x))
