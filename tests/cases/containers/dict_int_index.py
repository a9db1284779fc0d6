# Int keys in a dict: negatives, int32 edges, floats and bools equal to ints, deletions and
# re-insertions (many deleted slots), and order after resizes.
d = {}
for k in [0, -1, 1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**40, 65536, 131072, -65536]:
    d[k] = str(k)
print(list(d.items()))
print(d[0.0], d[-0.0], d[1.0], d[True], d[False], -1.0 in d, 2.0**31 in d, 65536.0 in d)
d[1.0] = 'one'
d[False] = 'zero'
print(list(d.items()))
e = {}
for r in range(5):
    for i in range(200):
        e[i * 65536 + r] = i
    for i in range(0, 200, 2):
        del e[i * 65536 + r]
print(len(e), sum(e.values()), list(e)[:5], list(e)[-3:])
print(all(e[i * 65536 + r] == i for r in range(5) for i in range(1, 200, 2)))
print(any((i * 65536 + r) in e for r in range(5) for i in range(0, 200, 2)))
f = {}
for i in range(1000):
    f[i] = i
    if i % 3 == 0:
        del f[i]
for i in range(0, 1000, 3):
    f[i] = -i
print(len(f), list(f)[:8], list(f)[-4:], f.get(999), f.get(1000, 'no'))
g = {i: i for i in range(-50, 50)}
print(g.pop(-50), g.pop(49), len(g), list(g)[:3], min(g), max(g))
import sys
h = {}
sizes = []
for i in range(100):
    h[-i] = i
    sizes.append(sys.getsizeof(h))
print(sorted(set(sizes)))
