class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f():
    a = N("a")
    b = N("b")
    c = N("c")
    print("leaving f")
f()
print("after f")
def g():
    x = N("ret")
    return x
r = g()
print("got", r.name)
r = None
d = {N("k1"): N("v1"), N("k2"): N("v2")}
d = None
s = N("s")
s.child = N("child")
s.child.child = N("grandchild")
del s
l = [N(str(i)) for i in range(3)]
l.clear()
print("cleared")
l = [N("x"), N("y")]
l[0] = N("z")
del l[1]
print("del item done")
l = None
t = N("temp").name
print(t)
class R:
    def __del__(self):
        print("R del")
        global saved
        saved = self
r = R()
del r
print("resurrected", saved is not None)
saved = None
print("second drop (no second __del__)")
class E:
    def __del__(self):
        raise ValueError("in del")
e = E()
del e
print("after E")
