# Which blocks a dict's teardown frees, and in which order: its keys and values are released
# entry by entry (key, then value), then the keys block; the freed blocks come back last freed
# first. Exact ints and strs are released without their type's generic path; the order and the
# blocks must be the same as for any other object.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, [id(x) in freed for x in probe()])

def probe():
    return [str(1000 + i) + "x" for i in range(3)]

freed = set()
# all-str keys: str and int values, one object with __del__ in the middle
d = {"k" + str(i): (str(i) * 3 if i % 2 else 10 ** 6 + i) for i in range(6)}
d["mid"] = D(1)
for i in range(6, 9):
    d["k" + str(i)] = 2000 + i
freed = {id(k) for k in d} | {id(v) for v in d.values()}
del d
new = probe()
print([id(x) in freed for x in new])
# int keys, str and int values
e = {10 ** 6 + i: ("v" + str(i) if i % 3 else 3 * 10 ** 6 + i) for i in range(8)}
e[-5] = D(2)
e[10 ** 7] = "tail" + str(7)
freed = {id(k) for k in e} | {id(v) for v in e.values()}
del e
print([id(x) in freed for x in probe()])
# mixed keys: str, int, tuple
f = {"a" + str(1): 1, 10 ** 6: "b" + str(2), (1, 2): D(3), "c" + str(3): 10 ** 8}
freed = {id(k) for k in f} | {id(v) for v in f.values()}
del f
print([id(x) in freed for x in probe()])
