# sizes, identity of the cached one-byte and empty objects, refcounts of new bytes
import sys
for v in [b'', b'a', b'ab', b'x' * 100, bytes(1000)]:
    print(len(v), sys.getsizeof(v), v.__sizeof__())
print(sys.getsizeof(iter(b'ab')))
print(id(b'a') == id(bytes([97])), id(b'') == id(bytes()), id(b'z') == id(b'xyz'[2:]))
print(sys.getrefcount(b'q') > 1000000, sys.getrefcount(bytes()) > 1000000)
x = bytes(range(10))
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x), x is bytes(x), x[:] is x)
del y
print(sys.getrefcount(x))
blocks = sys.getallocatedblocks()
z = b'hello' + bytes(3)
print(sys.getallocatedblocks() - blocks)
del z
print(sys.getallocatedblocks() - blocks)
