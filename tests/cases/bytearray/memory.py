# a bytearray is two heap blocks: the object and its buffer; identity and refcounts
import sys
blocks = sys.getallocatedblocks()
b = bytearray(b'some bytes')
print(sys.getallocatedblocks() - blocks)
e = bytearray()
print(sys.getallocatedblocks() - blocks)
e.append(1)
print(sys.getallocatedblocks() - blocks)
del b, e
print(sys.getallocatedblocks() - blocks)
x = bytearray(b'q')
y = x
y += b'r'
print(x, x is y, sys.getrefcount(x))
l = [x, x]
print(sys.getrefcount(x))
del l
print(sys.getrefcount(x))
