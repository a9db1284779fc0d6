# hashes match float/int hashes for real values; size 32; no free list
import sys
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(0j) == 0)
print(hash(1 + 2j), hash(-1 + 0j), hash(0.1j), hash(complex(1e300, -1e300)))
print({1: 'int', 1 + 0j: 'complex'}, {2j: 1}[2j])
print(sys.getsizeof(1j), sys.getsizeof(complex(1, 2)), (1j).__sizeof__())
blocks = sys.getallocatedblocks()
z = complex(1, 2) * 2
print(sys.getallocatedblocks() - blocks, sys.getrefcount(z))
del z
print(sys.getallocatedblocks() - blocks)
print(format(1 + 2j, ''), format(1 + 2j, '.2f'), format(-1.5 - 0.25j, '>20'), format(3j, 'e'))
