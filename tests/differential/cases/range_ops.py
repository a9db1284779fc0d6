r = range(2, 20, 3)
print(list(r), len(r), r[2], r[-1], 8 in r, 9 in r, r.index(11), range(5), range(0, 10, 2), list(range(0)), bool(range(0)))
print([i for i in range(3, 0, -1)], sum(range(1, 11)), list(reversed(range(4))))
