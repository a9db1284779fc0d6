# join of lists and tuples longer than one native join (chunks of pieces): text, kind, size,
# the first non-str item's error, and the one-item case
import sys
class S(str): pass
for n in (255, 256, 257, 511, 512, 513, 1000, 3000):
    items = [str(i) for i in range(n)]
    j = ",".join(items); k = "".join(tuple(items)); m = "é".join(items); u = "€".join(S(x) for x in items)
    print(n, len(j), j == ",".join(items[:300]) + ("," if n > 300 else "") + ",".join(items[300:]), j[-20:], k[-10:], len(m), m[-5:], len(u), u[-5:])
for pos in (0, 255, 256, 300, 511, 512, 700):
    items = ["a"] * 800
    items[pos] = 5
    try:
        "-".join(items)
    except TypeError as e:
        print(pos, e)
items = ["a"] * 600; items[599] = "\U0001F600"; items[300] = "é"
r = "".join(items); print(len(r), ascii(r[-3:]), sys.getsizeof(r))
items = ["a"] * 600; items[10] = "Ā"
r = "|".join(items); print(len(r), ascii(r[18:24]), sys.getsizeof(r))
print(sys.getsizeof("".join(["ab"] * 1000)), sys.getsizeof("".join(["é"] * 1000)), sys.getsizeof("é".join(["ab"] * 1000)))
print(sys.getsizeof("".join(["a"] * 999 + ["\U0001F600"])), "".join([""] * 1000) == "", "".join([""] * 1000) is "".join([]))
