import sys
L = [1, 2]
print(sys.getrefcount(L))
it = iter(L)
print(sys.getrefcount(L))
del it
print(sys.getrefcount(L))
