import sys
class Node:
    count = 0
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
        Node.count += 1
    def __del__(self):
        Node.count -= 1
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        n = self.head
        self.head = n.next
        self.size -= 1
        return n.value
    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList(" + ", ".join(repr(v) for v in self) + ")"
ll = LinkedList()
for i in range(5):
    ll.push(i * i)
print(ll, len(ll), Node.count)
print(ll.pop(), ll.pop(), Node.count)
print(sys.getrefcount(ll.head), list(ll))
big = LinkedList()
for i in range(100000):
    big.push(i)
print(Node.count)
big = None
print(Node.count)
ll = None
print(Node.count)
