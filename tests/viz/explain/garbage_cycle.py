import glasspy

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

def cycle():
    c = Node(3)
    d = Node(4)
    c.next = d
    d.next = c
    return c

glasspy.explain(cycle())
