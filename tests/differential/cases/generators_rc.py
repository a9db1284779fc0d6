import sys
def g(n):
    for i in range(n):
        yield i
gen = g(3)
print(sys.getrefcount(gen), list(gen), list(gen))
def counter():
    x = []
    yield sys.getrefcount(x)
    yield len(x)
print(list(counter()))
print(type(g(1)).__name__, g.__name__)
it = iter([1, 2])
print(next(it), next(it), next(it, 'dflt'))
