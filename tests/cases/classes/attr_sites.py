# Instance attribute loads and stores at one site while classes change (data descriptors added
# later, deleted attributes, another class, a materialized __dict__, __slots__, __getattr__).
import sys
class Base:
    pass
class P(Base):
    kind = "class"
    def __init__(self, x):
        self.x = x
def get(o):
    return o.x
def put(o, v):
    o.x = v
ps = [P(i) for i in range(5)]
print([get(p) for p in ps])
for p in ps:
    put(p, p.x * 10)
print([get(p) for p in ps])
del ps[0].x
try:
    get(ps[0])
except AttributeError as e:
    print("AttributeError", e)
put(ps[0], "again")
print(get(ps[0]))
Base.x = property(lambda self: "from property")
print(get(ps[1]))
try:
    put(ps[1], 5)
except AttributeError as e:
    print("AttributeError")
del Base.x
print(get(ps[1]))
class Q:
    def __init__(self):
        self.x = "q"
print(get(Q()), get(P(2)))
r = P(3)
vars(r)["x"] = "via dict"
print(get(r))
put(r, "stored")
print(get(r), r.__dict__)
class S:
    __slots__ = ("x",)
s = S()
put(s, "slot")
print(get(s), get(P(4)))
class G(P):
    def __getattr__(self, name):
        return "getattr " + name
g = G(7)
print(get(g))
del g.x
print(get(g))
class Big:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.x = n
b = [Big(n) for n in (1, 30, 35)]
print([get(o) for o in b])
for o in b:
    put(o, "z")
print([get(o) for o in b])
class Rc:
    def __del__(self):
        print("del Rc", sys.getrefcount(holder.x) if hasattr(holder, "x") else None)
holder = P(Rc())
put(holder, 12345678)
print(sys.getrefcount(holder.x))
