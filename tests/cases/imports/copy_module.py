import copy, sys
class P:
    def __init__(self): self.a = [1, [2, 3]]; self.b = {"k": (4, [5])}
p = P()
print(p.__reduce_ex__(4)[0].__name__, p.__reduce_ex__(4)[1:3])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q is p, q.a is p.a, r.a is p.a, r.a == p.a, r.a[1] is p.a[1], r.b["k"] is p.b["k"], r.b["k"][1] == [5])
L = [1, [2, 3], (4, 5), {"x": [6]}]
S = copy.copy(L); D = copy.deepcopy(L)
print(S[1] is L[1], D[1] is L[1], D[2] is L[2], D[3]["x"] is L[3]["x"], D == L)
a = [1]; a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a)
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy(t) is t)
class S2:
    __slots__ = ("x", "y")
s = S2(); s.x = 1
s2 = copy.copy(s)
print(s2.x, hasattr(s2, "y"), S2.__slotnames__)
class C:
    def __copy__(self): return "custom copy"
    def __deepcopy__(self, memo): return "custom deep"
print(copy.copy(C()), copy.deepcopy(C()))
class G:
    def __init__(self, v): self.v = v
    def __getstate__(self): return {"v": self.v * 10}
    def __setstate__(self, st): self.v = st["v"] + 1
print(copy.copy(G(2)).v)
class N(int): pass
n = N(5); n.z = 3
m = copy.copy(n)
print(m, type(m).__name__, m.z)
class LL(list): pass
x = LL([1, 2]); x.tag = "t"
y = copy.deepcopy(x)
print(y, type(y).__name__, y.tag)
print(object().__reduce__()[0].__name__, P().__getstate__(), object().__getstate__())
print(copy.copy(len) is len, copy.deepcopy(P) is P)
def f(): pass
print(copy.copy(f) is f)
class M:
    def meth(self): return self
mm = M().meth
print(copy.deepcopy(mm).__self__ is mm.__self__)
print(sys.getrefcount(p))
print(copy.Error.__mro__[1].__name__)
