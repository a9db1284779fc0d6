# Entries of dicts that grow, shrink, are copied and iterated: each keys object's entry
# arrays hold only the entries used so far (deleted ones stay until a resize compacts them).
import sys
d = {}
for i in range(40):
    d[i] = i * i
    if i % 3 == 0:
        del d[i]
print(len(d), list(d)[:5], list(reversed(d))[:5], sys.getsizeof(d))
print(d.popitem(), d.popitem(), len(d))
d[100] = 1
print(list(d.items())[-3:], next(reversed(d.items())))
c = d.copy()
print(c == d, list(c)[:4], sys.getsizeof(c) == sys.getsizeof(d))
for k in list(d):
    if k % 2:
        del d[k]
print(len(d), list(d.values())[:4], sys.getsizeof(d))
e = dict.fromkeys("abcdefghij")
del e["a"], e["e"]
print(list(e), list(reversed(e.keys())), e.popitem(), len(e))
e.update({"z": 1, "a": 2})
print(list(e.items())[-3:])
f = {}
print(f.popitem() if f else "empty", len(f))
g = dict(e)
g |= d
print(len(g), list(g)[:3], list(g)[-3:])
# a cached lookup that missed must see a key added later (LOAD_GLOBAL of a name bound after)
def probe():
    try:
        return later
    except NameError:
        return "missing"
print(probe())
later = "found"
print(probe())
it = iter(d)
next(it)
d[1000] = 0
try:
    next(it)
except RuntimeError as exc:
    print("RuntimeError:", exc)
big = {("t", i): i for i in range(50)}
for i in range(0, 50, 2):
    del big[("t", i)]
big[("t", 0)] = "again"
print(len(big), list(big)[:3], list(big)[-2:], sys.getsizeof(big))
