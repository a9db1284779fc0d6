recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
l = list(recs); l.sort(key=lambda r: r[0], reverse=True); print(l)
print(sorted([3, -1, 2], key=abs), sorted("bca"), min([(2, "x"), (1, "y")]))
