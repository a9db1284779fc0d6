import sys
d = {}
print(sys.getsizeof(d))
for i in range(12):
    d[i] = i
    print(i, sys.getsizeof(d))
e = {}
for i in range(12):
    e[str(i)] = i
    print(i, sys.getsizeof(e))
