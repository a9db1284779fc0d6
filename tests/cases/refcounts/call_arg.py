import sys
def f(a):
    return sys.getrefcount(a)
x = object()
print(f(x))
print(sys.getrefcount(x))
