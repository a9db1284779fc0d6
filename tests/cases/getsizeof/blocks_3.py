import sys
b0 = sys.getallocatedblocks()
x = "a" * 10000
b1 = sys.getallocatedblocks()
del x
b2 = sys.getallocatedblocks()
print(b1 > b0, b2 < b1)
