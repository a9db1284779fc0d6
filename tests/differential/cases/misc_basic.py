x = [1, 2, 3]
a, b, *rest = [1, 2, 3, 4]
print(a, b, rest)
(p, q), r = (1, 2), 3
print(p, q, r)
print([i * 2 for i in range(5) if i % 2], {i: i * i for i in range(3)}, {i % 3 for i in range(10)})
print(list(zip([1, 2], "ab")), list(enumerate("xy", 1)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(min(3, 1, 2), max([1, 5, 3]), sum([1, 2, 3]), abs(-3), divmod(7, 2), pow(2, 10), round(2.5), round(3.14159, 2))
print(any([0, 1]), all([1, 0]), sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])))
print(hex(255), oct(8), bin(5), ord("a"), chr(98), len("hello"), "a,b".split(","), " x ".strip(), "-".join(["a", "b"]))
print(10 // 3, -10 // 3, 10 % 3, -10 % 3, 2 ** 100, 7 / 2, 1e20, 1.0, 0.1 + 0.2, 3 * "ab", [0] * 3)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, "a" < "b", (1, 2) < (1, 3), [1] == [1], None is None)
n = 0
while n < 5:
    n += 1
    if n == 3:
        break
else:
    print("no")
print(n)
for i in range(2):
    pass
else:
    print("for else", i)
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    inc(); inc()
    return count
print(outer())
g = 10
def setg():
    global g
    g = 20
setg()
print(g)
f = lambda x, y=2: x + y
print(f(1), f(1, 3))
def kw(a, /, b, *, c, **k):
    return a, b, c, k
print(kw(1, 2, c=3, d=4), kw(1, b=2, c=3))
def va(*args, **kwargs):
    return args, kwargs
print(va(1, 2, x=3), va(*[1, 2], **{"y": 4}))
s = "hello"
print(s[1], s[-1], s[1:3], s[::-1], s.upper(), s.replace("l", "L"), s.startswith("he"), s.find("l"))
l = [5, 3, 1]
l.append(0); l.sort(); l.insert(0, 9); l.extend([7]); print(l, l.pop(), l.index(3), l.count(1), l[1:3])
l[0:2] = [8]; del l[0]; print(l)
d = {"a": 1}
d["b"] = 2
print(d, d.get("c", 0), list(d.keys()), list(d.values()), list(d.items()), "a" in d, d.pop("a"), d)
print(f"{1 + 1} {'x'!r} {3.5}", f"{n}")
t = (1, 2, 3)
print(t[1:], t.index(2), len(t), t + (4,), 2 in t)
print(isinstance(True, int), True + 1, int(True), str(True), 5 if True else 6)
if (m := 10) > 5:
    print("walrus", m)
print(int(3.9), int(-3.9), float(2), str(1.5), 1 // 1.5, 5 % 2.5, -0.0, 2 ** -1, 10 ** 20, 3 & 5, 3 | 5, 3 ^ 5, ~3, 1 << 40, -9 >> 1)
import math
print(math.sqrt(16), math.floor(2.7), math.pi, math.gcd(12, 18), math.factorial(20))
print(repr(1e16), repr(1.5e-7), repr(123456789.123), 1/3, 2/3, 100.0, 1e100, float("inf"), -float("inf"))
