import sys
x = object()
try:
    raise ValueError(x)
except ValueError as e:
    print(sys.getrefcount(x))
print(sys.getrefcount(x))
