def f(a, b):
    pass
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, 2, a=3),
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: len(5),
    lambda: None.foo,
    lambda: [1, 2][5],
    lambda: (1,)[2],
    lambda: int("12x"),
    lambda: {}.pop("k"),
    lambda: [].pop(),
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: object().x,
    lambda: ord("ab"),
    lambda: [1, 2].index(3),
    lambda: "abc"[10],
    lambda: 2 ** "x",
    lambda: -"x",
    lambda: 1 < "x",
    lambda: hash([]),
    lambda: [][1:2:0],
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def kw_only(*, a):
    pass
try:
    kw_only()
except TypeError as e:
    print(e)
try:
    kw_only(1)
except TypeError as e:
    print(e)
a, b = 1, 2
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
