# Freeing instances of a plain class: attributes released in slot order (or through a __dict__),
# a deep chain freed without recursion limits and in CPython's order, gc's gen0 count going down
# as each instance's memory goes back.
import gc

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

class H:
    pass

h = H()
h.b = D('b')
h.a = D('a')
h.c = D('c')
del h
h = H()
h.x = D('x')
vars(h)['y'] = D('y')
del h

class Link:
    def __init__(self, nxt, mark):
        self.nxt = nxt
        self.mark = mark
head = None
for i in range(100000):
    head = Link(head, D(i) if i % 25000 == 0 or i > 99997 else None)
del head

gc.disable()
c0 = gc.get_count()[0]
ps = [H() for i in range(50)]
c1 = gc.get_count()[0]
ids = [id(p) for p in ps]
del ps
c2 = gc.get_count()[0]
qs = [H() for i in range(50)]
print(c1 - c0, c2 - c0, gc.get_count()[0] - c0, len(set(ids)))
gc.enable()
print('end')
