import sys
class A:
    def m(self):
        return sys.getrefcount(self)
x = A()
print(sys.getrefcount(x))
print(x.m())
def f(o):
    return sys.getrefcount(o)
print(f(x))
def g(o):
    return f(o)
print(g(x))
def h(*args):
    return sys.getrefcount(args[0])
print(h(x))
def k(**kw):
    return sys.getrefcount(kw["o"])
print(k(o=x))
bm = x.m
print(sys.getrefcount(x))
print(bm())
del bm
print(sys.getrefcount(x))
lst = [x, x, x]
print(sys.getrefcount(x))
del lst
t = (x,)
d = {"k": x, "j": x}
print(sys.getrefcount(x))
del t, d
print(sys.getrefcount(x))
print(sys.getrefcount(A))
class B(A):
    pass
print(sys.getrefcount(A))
b = B()
print(sys.getrefcount(B))
print([sys.getrefcount(o) for o in [x]])
for o in [x]:
    print(sys.getrefcount(x))
it = iter([x])
print(sys.getrefcount(x))
try:
    raise ValueError(x)
except ValueError:
    print(sys.getrefcount(x))
print(sys.getrefcount(x))
def gen(o):
    yield sys.getrefcount(o)
gg = gen(x)
print(sys.getrefcount(x))
print(next(gg))
del gg
print(sys.getrefcount(x))
def outer(o):
    def inner():
        return o
    return inner
cl = outer(x)
print(sys.getrefcount(x))
del cl
print(sys.getrefcount(x))
def dflt(a=x):
    return sys.getrefcount(a)
print(dflt())
