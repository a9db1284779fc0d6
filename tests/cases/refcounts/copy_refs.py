# shallow copies share the items (their refcounts rise); deep copies share only atoms
import copy, sys
inner = [1, 2]
outer = [inner, inner, "s"]
print(sys.getrefcount(inner))
shallow = copy.copy(outer)
print(sys.getrefcount(inner), shallow[0] is inner)
deep = copy.deepcopy(outer)
print(sys.getrefcount(inner), deep[0] is deep[1], deep[0] is inner, deep[2] is outer[2])
del shallow
print(sys.getrefcount(inner))
class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
n = Node(Node())
m = copy.deepcopy(n)
print(sys.getrefcount(n.nxt), sys.getrefcount(m.nxt), m.nxt is not n.nxt)
