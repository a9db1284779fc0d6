r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], 11 in r, r.index(8))
print(list(range(5, 0, -2)), slice(1, 5, 2), "abcdefg"[slice(1, 5, 2)])
