# The heap picture of docs/pictures.md: a linked list built in a function, a list shared by
# two names, and a cycle that only the collector can free.
#   npx glasspy run --heap-svg heap.svg docs/img/heap_demo.py   -> heap-1-inside_push_all.svg, heap-2-after_del.svg
import glasspy

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

def push_all(values):
    head = None
    for v in values:
        head = Node(v, head)
    glasspy.snapshot('inside push_all')
    return head

names = ['ada', 'grace']
lst = push_all([10 ** 6, 'two'])
team = {'lead': names[0], 'all': names}
a = Node('a')
a.next = Node('b', a)
del a
glasspy.snapshot('after del')
