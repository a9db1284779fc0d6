import sys
s = set(range(4))
print(sys.getsizeof(s), sys.getsizeof(frozenset(range(4))))
