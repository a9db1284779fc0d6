d = {"a": 1, "b": 2}
d["c"] = 3; d.setdefault("d", 4); d.update(e=5)
print(d, list(d.keys()), list(d.values()), d.get("z", 0))
print(d.pop("a"), d.popitem(), d)
print({k: v for k, v in zip("xy", (1, 2))}, dict.fromkeys([1, 2]), d | {"q": 0})
