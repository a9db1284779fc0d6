# Str keys in a dict: many keys (index growth), deletions and re-insertions, str subclass keys,
# empty and non-ASCII strs, keys that only differ late, mixed str/int/tuple keys, attribute
# dicts and globals looked up by name, and order and sizes across resizes.
import sys
d = {}
for i in range(3000):
    d["k" + str(i)] = i
print(len(d), d["k0"], d["k2999"], "k3000" in d, d.get("k1500"), d.get("zz", -1))
for i in range(0, 3000, 2):
    del d["k" + str(i)]
print(len(d), list(d)[:4], list(d)[-2:], "k2" in d, "k3" in d)
for i in range(0, 3000, 4):
    d["k" + str(i)] = -i
print(len(d), list(d)[-3:], d["k2996"], d["k1"], sum(d.values()))
class S(str):
    pass
e = {S("a"): 1, "b": 2, "": 3, "é": 4, "日本": 5, "\U0001f600": 6}
print(e["a"], e[S("b")], e[""], e["é"], e["日本"], e["\U0001f600"], type(list(e)[0]).__name__)
e["a"] = 10
print(e, len(e))
long1 = "x" * 200 + "1"
long2 = "x" * 200 + "2"
f = {long1: 1, long2: 2}
print(f["x" * 200 + "1"], f["x" * 200 + "2"], ("x" * 201) in f)
g = {"a": 1}
sizes = [sys.getsizeof(g)]
g[1] = "int"
sizes.append(sys.getsizeof(g))
g[(1, "a")] = "tuple"
g["b"] = 2
print(g, sizes, sys.getsizeof(g))
del g["a"]
g["a"] = 3
print(g, g["a"], g[1], g[(1, "a")])
try:
    g["missing"]
except KeyError as exc:
    print(repr(exc))
class C:
    pass
c = C()
c.__dict__["dyn" + "amic"] = 7
print(c.dynamic, getattr(c, "dyn" + "amic"), vars(c))
globals()["late" + "_name"] = 11
print(late_name)
h = {}
grow = []
for i in range(200):
    h["key%d" % i] = i
    grow.append(sys.getsizeof(h))
print(sorted(set(grow)))
for i in range(200):
    del h["key%d" % i]
print(h, sys.getsizeof(h))
