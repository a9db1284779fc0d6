import sys
s = set(range(20))
print(sys.getsizeof(s), sys.getsizeof(frozenset(range(20))))
