# 08 a reference cycle: two objects that refer to each other keep each other's
# refcount above zero after the last name is gone. Reference counting alone can
# never free them; the cycle collector (gc.collect) finds and frees them.
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("  __del__", self.name)


gc.collect()           # start from a clean slate
gc.disable()           # no automatic collection: we decide when it runs

a = Node("a")
b = Node("b")
a.other = b
b.other = a
print("a is held by the name a and by b.other:", sys.getrefcount(a) - 1)

del a, b
print("names deleted; nothing was freed: each node still has refcount 1")
print("collect() found and freed", gc.collect(), "objects")

# The same with a single object that refers to itself.
me = Node("self")
me.other = me
del me
print("a self-loop: collect() freed", gc.collect(), "objects")

# A list that contains itself is a cycle too (no __del__ this time).
loop = []
loop.append(loop)
del loop
print("a list inside itself: collect() freed", gc.collect(), "object")

# Breaking the cycle by hand before dropping the names: refcounting alone frees it.
x, y = Node("x"), Node("y")
x.other, y.other = y, x
x.other = None          # break the cycle
del x, y
print("cycle broken by hand: nothing left for collect():", gc.collect())
gc.enable()
