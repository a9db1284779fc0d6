import sys
L = [0]
print(sys.getsizeof(L))
L.append(0)
print(sys.getsizeof(L))
print(sys.getsizeof(list(range(1))), sys.getsizeof([0] * 1))
