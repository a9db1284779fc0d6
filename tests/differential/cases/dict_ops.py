d = dict(a=1, b=2)
d.update({"c": 3}, d=4)
print(d, len(d), sorted(d), d.setdefault("e", 5), d.setdefault("a", 0))
for k, v in d.items():
    print(k, v, end="; ")
print()
print(dict.fromkeys("ab", 0), dict([("x", 1)]), {**d, "z": 0})
del d["a"]
print("a" in d, d.get("a"), d.popitem(), d)
try:
    d["nope"]
except KeyError as e:
    print(repr(e))
nested = {"l": [1, 2], "t": (1, 2), 3: "three", 2.5: None, (1, 2): "tuple key", None: 0, True: "T"}
print(nested, nested[1], nested[(1, 2)])
print({1: "a", 1.0: "b"}, {0: 0, False: 1})
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Key) and self.v == o.v
m = {Key(1): "one"}
print(m[Key(1)], Key(2) in m)
try:
    {[]: 1}
except TypeError as e:
    print(e)
it = iter({"a": 1})
print(next(it))
dd = {}
try:
    for k in {"a": 1, "b": 2}:
        dd[k] = 1
        pass
except RuntimeError as e:
    print(e)
x = {"a": 1, "b": 2}
try:
    for k in x:
        x["new" + k] = 1
except RuntimeError as e:
    print(e)
print(list({3: 0, 1: 0, 2: 0}.keys()), list(reversed([1, 2])))
