import sys
d = {i: i for i in range(10)}
print(sys.getsizeof(d))
for i in range(9):
    del d[i]
print(sys.getsizeof(d), d)
d.clear()
print(sys.getsizeof(d))
d2 = dict.fromkeys(range(6))
print(sys.getsizeof(d2), sys.getsizeof({'a': 1, 'b': 2}), sys.getsizeof(dict(a=1)))
d3 = {}
d3['x'] = 1
d3[1] = 2
print(sys.getsizeof(d3))
