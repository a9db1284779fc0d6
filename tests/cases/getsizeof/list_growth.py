import sys
L = []
print(sys.getsizeof(L))
for i in range(20):
    L.append(i)
    print(i, sys.getsizeof(L))
print(sys.getsizeof([1, 2, 3]))
