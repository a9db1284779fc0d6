# 10 which objects the collector watches: only containers can be part of a cycle,
# so only they are "tracked" (linked into a generation list). Atoms like ints and
# strings never are. CPython also untracks containers that provably cannot be in
# a cycle, to make collections cheaper.
import gc

print("int:", gc.is_tracked(42), "| str:", gc.is_tracked("hello"), "| None:", gc.is_tracked(None))
print("list:", gc.is_tracked([]), "| set:", gc.is_tracked(set()), "| function:", gc.is_tracked(lambda: 0))


class Thing:
    pass


print("instance of a class:", gc.is_tracked(Thing()))

# A dict starts untracked while it only holds atoms, and becomes tracked as soon
# as a value that could be a container is stored in it.
d = {"a": 1, "b": "two"}
print("dict of atoms:", gc.is_tracked(d))
d["c"] = []
print("after storing a list in it:", gc.is_tracked(d))

# A tuple is tracked when it is made; a collection that finds it holds only atoms
# untracks it for good.
t = tuple([1, 2, 3])
print("new tuple of ints:", gc.is_tracked(t))
gc.collect()
print("after a collection:", gc.is_tracked(t))

# A tuple holding a list stays tracked: the list could lead back to the tuple.
u = tuple([[1], 2])
gc.collect()
print("tuple holding a list, after a collection:", gc.is_tracked(u))

# The tuple () is a single shared object that is never tracked.
print("empty tuple:", gc.is_tracked(()))

# gc.get_referents shows what a container refers to: what the collector traverses
# (a list's tp_traverse visits its items from last to first).
print("referents of [t, d]:", [type(x).__name__ for x in gc.get_referents([t, d])])
