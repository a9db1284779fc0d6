class Node:
    instances = []
    def __init__(self, name):
        self.name = name
        Node.instances.append(name)
    def __repr__(self): return f"Node({self.name!r})"
    def __hash__(self): return hash(self.name)
    def __eq__(self, o): return isinstance(o, Node) and o.name == self.name
a, b = Node("a"), Node("b")
print(Node.instances, a == Node("a"), len({a, Node("a")}), a != b, repr(a))
