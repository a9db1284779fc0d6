# Many dicts grown, shrunk, cleared and freed (index tables reused between dicts of one size);
# inserts after deletions in one keys object; int, float and str keys mixed. Deterministic.
import sys
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
live = []
for round in range(60):
    d = {}
    n = rnd(300)
    kind = rnd(4)
    for j in range(n):
        k = rnd(500)
        if kind == 1:
            k = 'k' + str(k)
        elif kind == 2:
            k = float(k) if k % 2 else k
        elif kind == 3 and k % 3 == 0:
            k = str(k)
        op = rnd(10)
        if op < 6:
            d[k] = j
        elif op < 8:
            d.pop(k, None)
        elif op < 9:
            d.setdefault(k, -j)
        else:
            out.append(d.get(k, -1))
    out.append((len(d), sum(1 for _ in d), sys.getsizeof(d)))
    out.append(list(d.items())[:5])
    if rnd(3) == 0:
        live.append(d)
    elif rnd(2) == 0:
        d.clear()
        d[round] = round
        out.append(d)
# every surviving dict still finds each of its keys
for d in live:
    for k, v in list(d.items()):
        assert d[k] == v and k in d
    for k in list(d)[::2]:
        del d[k]
    for k in range(600, 640):
        d[k] = k
    out.append((len(d), sys.getsizeof(d), [k for k in d][-3:]))
print(len(out))
print(out[:40])
print(out[-40:])
print(sum(len(repr(x)) for x in out), repr(out).count("k"))
