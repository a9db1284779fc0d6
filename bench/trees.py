class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right
def make(d):
    if d == 0:
        return Node(None, None)
    return Node(make(d - 1), make(d - 1))
def check(n):
    if n.left is None:
        return 1
    return 1 + check(n.left) + check(n.right)
total = 0
for i in range(8):
    total += check(make(12))
print(total)
