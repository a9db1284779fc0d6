import sys
for v in [0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**90, 10**100, True, False, 1.5, None, "", "abc", "é", "日本", "🐍", (), (1,), (1, 2, 3), [], {}, {"a": 1}, {1: 1}, set(), {1, 2, 3}, {1, 2, 3, 4, 5}]:
    print(repr(v)[:20], sys.getsizeof(v))
l = []
for i in range(30):
    l.append(i)
print(sys.getsizeof(l))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2]), sys.getsizeof([0] * 3), sys.getsizeof(list(range(3))))
a, b, c = 1, 2, 3
print(sys.getsizeof([a, b, c]), sys.getsizeof([x for x in range(3)]))
d = {}
sizes = []
for i in range(25):
    sizes.append(sys.getsizeof(d))
    d["k" + str(i)] = i
print(sizes)
d = {}
sizes = []
for i in range(25):
    sizes.append(sys.getsizeof(d))
    d[i] = i
print(sizes)
class P:
    pass
class S:
    __slots__ = ("a", "b")
print(sys.getsizeof(P()), sys.getsizeof(S()), sys.getsizeof(object()))
def f(): pass
print(sys.getsizeof(f), sys.getsizeof(lambda: 0))
s = set()
out = []
for i in range(20):
    out.append(sys.getsizeof(s))
    s.add(i)
print(out)
