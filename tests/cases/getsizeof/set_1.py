import sys
s = set(range(1))
print(sys.getsizeof(s), sys.getsizeof(frozenset(range(1))))
