# Keys with a Python __hash__ / __eq__: __hash__ runs once per insertion, lookup or deletion (never again
# on a resize, a copy or a merge), copies of dicts clone the keys table, unhashable keys raise before
# the dict is tracked, and a failed store releases its key and value.
import sys, gc
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("hash", self.n)
        return self.n % 3
    def __eq__(self, o):
        print("eq", self.n, o.n, sys.getrefcount(self) > 2)
        return self.n == o.n
    def __repr__(self): return "K(%d)" % self.n
d = {K(i): i for i in range(5)}
print("copy")
c = d.copy()
print("dict()")
e = dict(d)
print("update")
f = {K(1): 'x'}
f.update(d)
print(f)
print("or")
g = d | f
print("star")
h = {**d, 'a': 1}
print("setdefault")
print(d.setdefault(K(2), 'no'), d.setdefault(K(7), 'yes'), len(d))
print("fromkeys")
fk = dict.fromkeys([K(1), K(4), K(1)])
print(fk)
print("del/resize")
for i in range(5):
    del d[K(i)]
class U(K):
    def __hash__(self):
        print("hash", self.n)
        return self.n
for i in range(10, 20):
    d[U(i)] = i
print(list(d.values()))
print("pop")
print(d.pop(U(11)), d.pop(K(99), 'dflt'))
try:
    d.pop([])
except TypeError as ex:
    print(ex)
try:
    d[[]]
except TypeError as ex:
    print(ex)
try:
    {}[[]]
except TypeError as ex:
    print(ex)
try:
    [] in {}
except TypeError as ex:
    print(ex)
try:
    {}.get([])
except TypeError as ex:
    print(ex)
try:
    del {}[[]]
except TypeError as ex:
    print(ex)
try:
    {}.setdefault([])
except TypeError as ex:
    print(ex)
class Mut:
    def __init__(self, d): self.d = d
    def __hash__(self): return 5
    def __eq__(self, o):
        print("mutating")
        self.d.clear()
        return False
m = {}
a = Mut(m)
m[a] = 1
m[Mut(m)] = 2
print(len(m), list(m.values()))
print(gc.is_tracked({1: 2}), gc.is_tracked({1: []}))
x = {}
try:
    x[[]] = 1
except TypeError:
    pass
print(gc.is_tracked(x))
