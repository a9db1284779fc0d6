# Allocation-heavy: binary trees built and walked.
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right
def make(d):
    return Node(None, None) if d == 0 else Node(make(d - 1), make(d - 1))
def check(n):
    return 1 if n.left is None else 1 + check(n.left) + check(n.right)
total = 0
for i in range(12):
    total += check(make(14))
print(total)
