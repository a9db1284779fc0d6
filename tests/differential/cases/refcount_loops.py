import sys
x = object()
items = [x, x]
for a in items:
    for b in items:
        pass
print(sys.getrefcount(x))
del a, b
print(sys.getrefcount(x))
it = iter(items)
next(it)
print(sys.getrefcount(x))
del it
for i, v in enumerate(items):
    r = sys.getrefcount(x)
print(r)
del i, v
print(sys.getrefcount(x))
e = list(enumerate(items))
print(sys.getrefcount(x))
z = list(zip(items, items))
print(sys.getrefcount(x))
