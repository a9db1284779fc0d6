import sys
print(sys.getsizeof(tuple(range(22))), sys.getsizeof(bytes(22)))
