# A list only the running for loop holds (through its iterator) still explains its items.
import glasspy
class Node:
    pass
a = Node()
for x in [a, 5]:
    glasspy.explain(a)
    break
