# in-place operators on a proxy use the referent's __iadd__ (proxy_iadd) and rebind the name
import weakref
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        return 'added'
a = Acc()
p = weakref.proxy(a)
q = p
q += 5
print(type(q).__name__, a.items, q is a)
p2 = weakref.proxy(a)
p2 = p2 + 1
print(p2)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + o)
n = N(1)
r = weakref.proxy(n)
r += 2
print(type(r).__name__, r.v)
x = 10
x += weakref.proxy(n) if False else 0
lst = [1]
class L(list): pass
l = L([1])
pl = weakref.proxy(l)
pl += [2]
print(l, type(pl).__name__)
