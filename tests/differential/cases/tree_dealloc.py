class T:
    alive = 0
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)
        T.alive += 1
    def __del__(self):
        T.alive -= 1
        if self.name.startswith("x"):
            print("freeing", self.name)
tree = T("x-root", T("x-a", T("x-a1"), T("x-a2")), T("x-b"))
print("alive", T.alive)
tree.children.pop()
print("alive after pop", T.alive)
del tree
print("alive after del", T.alive)
def depth(n):
    return 1 + max([depth(c) for c in n.children], default=0)
t2 = T("y", T("y1", T("y2", T("y3"))))
print(depth(t2), T.alive)
t2 = None
print(T.alive)
chain = None
for i in range(10000):
    chain = T("z", chain) if chain else T("z")
print(T.alive)
chain = None
print(T.alive)
