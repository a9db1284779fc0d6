# getsizeof follows 3.11's bytearray_resize over-allocation
import sys
g = sys.getsizeof
print(g(bytearray()), g(bytearray(b'abc')), g(bytearray(10)), g(bytearray([1, 2, 3])), g(bytearray(range(3))))
b = bytearray()
sizes = []
for i in range(40):
    b.append(i)
    sizes.append(g(b))
print(sizes)
while len(b) > 3:
    b.pop()
print(g(b), b.__alloc__())
b.clear()
print(g(b))
b = bytearray(b'abcdefghij')
del b[0]
print(g(b))
del b[:5]
print(g(b), b)
b += b'xyz'
print(g(b))
b.extend(range(30))
print(g(b))
b *= 3
print(g(b), len(b))
print(g(iter(bytearray())))
