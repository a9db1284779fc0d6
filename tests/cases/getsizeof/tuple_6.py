import sys
print(sys.getsizeof(tuple(range(6))), sys.getsizeof(bytes(6)))
