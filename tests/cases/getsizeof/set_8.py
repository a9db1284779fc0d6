import sys
s = set(range(8))
print(sys.getsizeof(s), sys.getsizeof(frozenset(range(8))))
