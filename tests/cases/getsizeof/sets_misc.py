import sys
print(sys.getsizeof(set()))
print(sys.getsizeof({1, 2, 3, 4, 5}))
print(sys.getsizeof(range(10)))
print(sys.getsizeof(slice(1, 2)))
print(sys.getsizeof(1.0))
print(sys.getsizeof(None))
