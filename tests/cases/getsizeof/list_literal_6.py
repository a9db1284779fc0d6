import sys
L = [0, 1, 2, 3, 4, 5]
print(sys.getsizeof(L))
L.append(0)
print(sys.getsizeof(L))
print(sys.getsizeof(list(range(6))), sys.getsizeof([0] * 6))
