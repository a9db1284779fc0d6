pairs = [(1, "b"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (-p[0], p[1])))
data = {"x": 3, "y": 1, "z": 2}
print(sorted(data, key=data.get), max(data.items(), key=lambda kv: kv[1]))
