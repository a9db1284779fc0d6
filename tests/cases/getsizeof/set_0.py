import sys
s = set(range(0))
print(sys.getsizeof(s), sys.getsizeof(frozenset(range(0))))
