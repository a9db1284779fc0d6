import sys
x = object()
def g(a):
    yield 1
    yield 2
it = g(x)
print(sys.getrefcount(x))
next(it)
print(sys.getrefcount(x))
del it
print(sys.getrefcount(x))
