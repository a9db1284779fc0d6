d = {"a": 1}
d["b"] = 2
print(d, len(d), "a" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.pop("a"), d)
d.update(c=3)
print(d, d.setdefault("e", 5), d)
