import sys
L = [0, 1]
print(sys.getsizeof(L))
L.append(0)
print(sys.getsizeof(L))
print(sys.getsizeof(list(range(2))), sys.getsizeof([0] * 2))
