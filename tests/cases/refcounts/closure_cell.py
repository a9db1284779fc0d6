import sys
def outer():
    x = object()
    def inner():
        return x
    return inner, x
f, x = outer()
print(sys.getrefcount(x))
del f
print(sys.getrefcount(x))
