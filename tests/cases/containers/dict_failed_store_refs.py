# Refcounts after stores into dicts fail (unhashable keys, __eq__ raising) in every store path.
import sys
x = object()
for i in range(3):
    try:
        {[]: x}
    except TypeError as e:
        print(e)
print(sys.getrefcount(x))
d = {}
try:
    d[[1]] = x
except TypeError as e:
    print(e)
print(sys.getrefcount(x))
try:
    {i: x for i in [[1]]}
except TypeError as e:
    print(e)
print(sys.getrefcount(x))
try:
    dict([([1], x)])
except TypeError as e:
    print(e)
print(sys.getrefcount(x))
class K:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError("eq")
k1 = K()
d = {k1: 1}
try:
    d[K()] = x
except ValueError as e:
    print(e)
print(sys.getrefcount(x), sys.getrefcount(k1))
try:
    {k1: 1, K(): x}
except ValueError as e:
    print(e)
print(sys.getrefcount(x))

x = object()
class K:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError("eq")
k1 = K()
d = {k1: 1}
print(sys.getrefcount(x))
try:
    d[K()] = x
except ValueError as e:
    pass
print(sys.getrefcount(x))
try:
    d.setdefault(K(), x)
except ValueError as e:
    pass
print(sys.getrefcount(x))
try:
    d.update({K(): x})
except ValueError as e:
    pass
print(sys.getrefcount(x))
