import sys
s = set(range(5))
print(sys.getsizeof(s), sys.getsizeof(frozenset(range(5))))
