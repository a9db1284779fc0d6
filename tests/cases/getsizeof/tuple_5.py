import sys
print(sys.getsizeof(tuple(range(5))), sys.getsizeof(bytes(5)))
