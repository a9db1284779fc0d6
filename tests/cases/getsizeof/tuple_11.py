import sys
print(sys.getsizeof(tuple(range(11))), sys.getsizeof(bytes(11)))
