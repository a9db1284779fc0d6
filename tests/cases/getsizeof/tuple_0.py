import sys
print(sys.getsizeof(tuple(range(0))), sys.getsizeof(bytes(0)))
