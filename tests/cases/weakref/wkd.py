# WeakKeyDictionary with instance keys: per-object data that disappears with the object
import weakref, gc, sys

class Node:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'Node(%d)' % self.n

data = weakref.WeakKeyDictionary()
n1, n2, n3 = Node(1), Node(2), Node(3)
data[n1] = 'one'
data[n2] = [2]
data[n3] = 3
print(len(data), data[n1], n2 in data, Node(9) in data, 5 in data)
print(sys.getrefcount(n1), sys.getrefcount(data[n2]))
print(sorted(v if isinstance(v, str) else str(v) for v in data.values()))
print(sorted(k.n for k in data.keys()), sorted((k.n, str(v)) for k, v in data.items()))
print(repr(data) == '<WeakKeyDictionary at %#x>' % id(data))
del n2
print(len(data), sorted(k.n for k in data))
data[n1] = 'uno'
print(data[n1], len(data), weakref.getweakrefcount(n1))
print(data.get(n3), data.get(Node(7), 'none'), data.setdefault(n3, 'x'), data.setdefault(n1, 'y'))
print(data.pop(n3), len(data), data.pop(n3, 'gone'))
try:
    data[Node(8)]
except KeyError:
    print('KeyError')
try:
    data[5] = 1
except TypeError as e:
    print(e)
kr = data.keyrefs()
print(len(kr), kr[0]() is n1)
# a key in a cycle
c = Node(4)
c.me = c
data[c] = 'cyclic'
del c
print(len(data))
gc.collect()
print(len(data))
# deaths during iteration are counted out of len() at once
n5, n6 = Node(5), Node(6)
data[n5] = 5
data[n6] = 6
it = iter(data)
k = next(it)
k = None
del n5, n6
print(len(data), len(data._pending_removals))
rest = list(it)
print(len(data), sorted(x.n for x in data))
d2 = weakref.WeakKeyDictionary({n1: 1})
print(len(d2), d2 == {n1: 1}, d2.copy()[n1])
print(d2.popitem() == (n1, 1), len(d2))
