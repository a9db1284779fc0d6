# Method calls at one site while instances and classes change: an instance attribute shadowing
# the method, methods replaced on the class or a base, builtin-type methods, __dict__ instances.
class A:
    def m(self):
        return "A.m"
class B(A):
    pass
def call(o):
    return o.m()
objs = [A(), B(), A()]
print([call(o) for o in objs])
objs[2].m = lambda: "instance attr"
print([call(o) for o in objs])
del objs[2].m
print(call(objs[2]))
A.m = lambda self: "new A.m"
print([call(o) for o in objs])
B.m = lambda self: "B.m"
print([call(o) for o in objs])
class C:
    def m(self):
        return "C.m"
c = C()
for i in range(3):
    c.__dict__["x%d" % i] = i
print(call(c))
c.__dict__["m"] = lambda: "dict m"
print(call(c))
def app(L, v):
    L.append(v)
    return L
print(app([], 1), app([2], 3))
class L2(list):
    pass
l2 = L2()
print(app(l2, 5))
l2.append = lambda v: print("shadow", v)
app(l2, 6)
print(l2)
class D:
    def __init__(self, k):
        for i in range(k):
            setattr(self, "f%d" % i, i)
    def m(self):
        return "D.m"
ds = [D(1), D(2)]
print([call(d) for d in ds])
ds[0].m = lambda: "late shadow"
print([call(d) for d in ds], call(D(3)))
