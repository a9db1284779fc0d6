import sys
s = set(range(9))
print(sys.getsizeof(s), sys.getsizeof(frozenset(range(9))))
