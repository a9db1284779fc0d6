# 16 gc.DEBUG_SAVEALL: instead of freeing the garbage it finds, the collector
# appends every unreachable object to gc.garbage, so you can look at what it
# would have freed. (gc.DEBUG_STATS prints each collection's numbers on stderr,
# gc.DEBUG_COLLECTABLE each object it finds.)
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __repr__(self):
        return "Node(%s)" % self.name


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)

# A ring of three nodes that nobody can reach any more.
a, b, c = Node("a"), Node("b"), Node("c")
a.next, b.next, c.next = b, c, a
del a, b, c

found = gc.collect()
print("collect() found", found, "unreachable objects")
print("gc.garbage holds them instead of freeing them:", gc.garbage)
print("and they still work:", gc.garbage[0].next.next.next is gc.garbage[0])

# gc.get_referrers shows who refers to an object: the node before it in the ring,
# gc.garbage (a list), and the module globals (a dict), through the name `first`.
first = gc.garbage[0]
print("referrers of", first, ":", sorted(type(r).__name__ for r in gc.get_referrers(first)))
del first

# Turn it off and empty gc.garbage: the nodes are a cycle again, freed by the
# next collection.
gc.set_debug(0)
gc.garbage.clear()
print("after clearing gc.garbage, collect() frees", gc.collect())
