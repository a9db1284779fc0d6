# The warm-up script scripts/build.mjs runs once to record the worker's V8 code cache: a little
# of everything a typical script does, so that the functions it reaches are compiled in the cache.
import sys
import gc
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    @property
    def diameter(self):
        return 2 * self.r


class Rect(Shape):
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __eq__(self, other):
        return isinstance(other, Rect) and (self.w, self.h) == (other.w, other.h)

    def __hash__(self):
        return hash((self.w, self.h))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen(n):
    for i in range(n):
        if i % 3 == 0:
            continue
        yield i * i


def counter():
    total = 0

    def add(x=1, *args, **kwargs):
        nonlocal total
        total += x + len(args) + len(kwargs)
        return total
    return add


shapes = [Circle(r) for r in range(1, 4)] + [Rect(w, w + 1) for w in range(3)]
print(shapes, Shape.count, shapes[0].diameter)
print(sorted(shapes, key=lambda s: s.area())[0], max(s.area() for s in shapes))
print({Rect(1, 2), Rect(1, 2), Rect(2, 3)} == {Rect(2, 3), Rect(1, 2)})
print(fib(15), sum(gen(50)), list(map(abs, [-1, 2, -3])), list(zip("ab", range(2))))
add = counter()
print(add(), add(2, 3, k=4), [i for i, c in enumerate("hello") if c == "l"])
d = {str(i): i * 1.5 for i in range(20)}
d.update(x=1)
print(len(d), d.get("3"), d.pop("x"), sorted(d.items())[:2], list(d.keys())[-1], "5" in d)
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(w.upper() for w in words), words.count("the"), "-".join(sorted(set(words))))
print("%s=%d %5.1f%%" % ("a", 3, 2.25), "{:>6}|{:<4}|{:^5}".format("x", 1, "y"), f"{255:#x} {3.0:e}")
s = "abc" * 3
print(s[1:5], s[::-1], s.replace("b", "B"), s.find("c"), s.startswith("ab"), repr(s.encode()))
L = list(range(10))
L.append(10)
L.extend([11, 12])
L.insert(0, -1)
L.reverse()
print(L.pop(), L.index(5), L[2:8:2], sum(L) // 3, divmod(17, 5), 2 ** 100, -7 % 3, 7.5 // 2)
t = (1, "a", None, True, 2.5)
a, *rest = t
print(a, rest, t.count(1), len(t), t == (1, "a", None, True, 2.5))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    try:
        1 / 0
    finally:
        print("finally")
except ZeroDivisionError as e:
    print(type(e).__name__, e.args)


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0])
        return True


with Ctx() as c:
    raise ValueError("inside")
x = 0
while x < 100:
    x += 7
print(x, sys.getrefcount(x) > 1, gc.collect() >= 0, gc.get_count()[0] >= 0, isinstance(x, int))
print(int("42") + int(3.9), float("1.5"), str(3.25), bool([]), abs(-2.5), round(2.675, 2), min(3, 1, 2))
