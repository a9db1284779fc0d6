import sys
x = object()
L = [x for _ in range(4)]
print(sys.getrefcount(x))
L = None
print(sys.getrefcount(x))
