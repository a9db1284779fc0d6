# str.join: lists and tuples are read in place, other iterables collected first; errors and
# identity results as CPython's PyUnicode_Join.
import sys

class BadIter:
    def __iter__(self):
        raise TypeError("custom iter failure")

class Boom:
    def __iter__(self):
        raise ValueError("boom")

for a in [5, None, BadIter(), [1], ["a", 2], ("x",), "abc", {"k": 1}, iter(["p", "q"]), [], (), set(), Boom()]:
    try:
        print(repr(",".join(a)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class S(str):
    pass

x = S("zz")
r = ",".join([x])
print(type(r), r is x, r == x)
y = "solo" * 3
print(",".join([y]) is y, ",".join((y,)) is y, "".join(iter([y])) is y)
print(",".join([x, "q"]), type(",".join([x, "q"])))
print("".join(["é", "ab"]), ascii("".join(["\U0001F600", "a"])), ascii("\u20ac".join(["a", "b"])))
print(len("-".join(str(i) for i in range(1000))))

# references: items are neither kept nor leaked
parts = ["p%d" % i for i in range(5)]
before = [sys.getrefcount(p) for p in parts]
s = "+".join(parts)
t = "+".join(tuple(parts))
g = "+".join(p for p in parts)
print(s, s == t == g, [sys.getrefcount(p) for p in parts] == before)
try:
    "+".join(parts + [3])
except TypeError as e:
    print(e, [sys.getrefcount(p) for p in parts] == before)
print(sys.getsizeof(s), sys.getsizeof("é".join(["a", "b"])), sys.getsizeof("\u20ac".join(["a", "b"])))
