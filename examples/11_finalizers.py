# 11 finalizers and resurrection: __del__ runs when an object is about to be freed.
# Since Python 3.4 (PEP 442) objects in a garbage cycle may have __del__: the
# collector calls every finalizer first, then checks whether the cycle is still
# garbage. A finalizer that stores self somewhere "resurrects" the object, and
# CPython never calls that object's __del__ a second time.
import gc
import sys

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print("  __del__", self.name)
        if self.name == "phoenix":
            saved.append(self)          # resurrection: a new reference from a global


gc.disable()

print("refcount drops to zero: __del__ runs at once")
p = Phoenix("plain")
del p

print("a cycle with finalizers: both run during gc.collect()")
a, b = Phoenix("left"), Phoenix("right")
a.partner, b.partner = b, a
del a, b
print("  collected:", gc.collect())

print("a finalizer that resurrects its object:")
p = Phoenix("phoenix")
del p
print("  it is back:", saved[0].name, "refcount", sys.getrefcount(saved[0]))

print("dropping it again does not call __del__ a second time:")
saved.clear()
print("  (nothing was printed)")

print("a resurrected cycle survives the collection that found it:")
c, d = Phoenix("phoenix"), Phoenix("friend")
c.partner, d.partner = d, c
del c, d
print("  collected:", gc.collect())
print("  saved:", [x.name for x in saved], "and its partner", saved[0].partner.name)
saved.clear()
print("  the second time the cycle is found it is freed, finalizers not rerun:", gc.collect())
gc.enable()
