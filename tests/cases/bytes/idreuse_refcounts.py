# bytes objects die with their last reference; their blocks are reused at once
import sys
a = bytes(range(20))
addr = id(a)
print(sys.getrefcount(a))
l = [a, a, a]
print(sys.getrefcount(a))
del l
print(sys.getrefcount(a))
del a
b = bytes(range(20, 40))
print(id(b) == addr)
c = bytearray(b'buffer-owned')
caddr = id(c)
del c
d = bytearray(b'another one!')
print(id(d) == caddr)
x = bytes(range(30))
y = x[:]
print(x is y, sys.getrefcount(x))
s = 'text'.encode()
print(sys.getrefcount(s), s.decode() == 'text')
