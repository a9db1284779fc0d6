# A reference cycle, and how the collector finds it.
# Run:  glasspy run --explain-gc examples/30_cycle_explained.py
#
# a and b point at each other. After `del a, b` nothing outside the pair refers to
# them, but each still has refcount 1, so reference counting alone never frees them.
# gc.collect() finds them: after subtract_refs their gc_refs are 0 (all their
# references come from inside the generation), while `keep` is still held by a
# global name.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


a = Node('a')
b = Node('b')
a.other = b
b.other = a
keep = Node('keep')
keep.other = keep.name
del a, b
print('collected', gc.collect())
print('keep is', keep.name)
