import sys
print(sys.getsizeof([1, 2, 3]), sys.getsizeof({}), sys.getsizeof({1: 2}), sys.getsizeof(set()))
print(sys.getsizeof(True), sys.getsizeof(None), sys.getsizeof(10**100), sys.getsizeof("a" * 100))
