import sys
x = object()
def f(a=x):
    pass
print(sys.getrefcount(x))
del f
print(sys.getrefcount(x))
