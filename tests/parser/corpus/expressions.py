a = 1 + 2 * 3 ** -4 // 5 % 6 - 7 / 8 @ m
b = ~x << 1 >> 2 & 3 | 4 ^ 5
c = not a and b or c
d = 1 < x <= 2 != y == z > 0 >= -1 is None is not True in s not in t
e = x if cond else y
f = (n := 10) + n
g = [1, 2, *rest], (1,), (), {1, *s}, {'k': v, **other}, {}
h = [x * y for x in range(3) if x for y in range(x) if y]
i = {k: v for k, v in pairs}, {s for s in seq}, (g for g in gen)
j = obj.attr.method(arg)[0][1:2][::3][a:b, c:d, ...][x, y]
k = f(*args, **kwargs)(x for x in y)
l = f(a, b=1, *c, d=2, **e)
m = lambda: (yield)
n = -x, +y, not z, await_ if True else None
o = 0x_FF + 0o17 + 0b1010 + 1_000_000 + 1.5e-3 + 3j + 1E10 + .5 + 5.
p = True, False, None, ...
q = x[1:2, 3], x[:], x[::], x[:-1:2]
r = (yield_ := 5)
