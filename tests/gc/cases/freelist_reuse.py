# A list freed by a collection goes to the list free list; taken from there it is tracked again
# with clean gc flags (the gc lists are validated between phases in this harness).
import gc

gc.collect()
a = []
a.append(a)
del a
print(gc.collect(0))
b = []
print(gc.is_tracked(b), gc.collect(0), gc.collect())
d = {}
d["self"] = d
del d
print(gc.collect())
e = {"x": []}
print(gc.is_tracked(e), gc.collect())
