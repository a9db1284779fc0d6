# Every reference to b is accounted for: two names, an attribute and a list slot.
import glasspy

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

a = Node(1)
b = Node(2)
a.next = b
items = [a, b, 'x']
glasspy.explain(b)

def f(x):
    y = [x]
    glasspy.explain(x)

f(b)
d = {'key': b}
glasspy.explain(b)
glasspy.explain(None)
