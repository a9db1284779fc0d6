import sys
print(sys.getsizeof(tuple(range(1))), sys.getsizeof(bytes(1)))
