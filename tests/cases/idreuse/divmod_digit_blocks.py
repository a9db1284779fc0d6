# x % y and x // y with a multi-digit x: which blocks the results and their scratch ints take.
# CPython 3.11's l_mod takes the remainder alone (long_rem: a one-digit divisor gives just the
# remainder digit, no quotient; a longer one runs x_divrem and drops its quotient at once), then
# the sign of x (_PyLong_Negate: a new int when the remainder is a cached small one), then the
# floor fix-up (+ y). l_divmod (x // y) makes the quotient in two digits, then the remainder.
# The free list of the int class is primed with three known blocks before each operation.
import operator
import sys


def probe(op, x, y):
    t1 = int('1000001')
    t2 = int('1000002')
    t3 = int('1000003')
    i1, i2, i3 = id(t1), id(t2), id(t3)
    del t1, t2, t3
    r = op(x, y)
    n = int('1000004')
    print(op.__name__, x, y, r, sys.getsizeof(r), [id(r) == i for i in (i1, i2, i3)], [id(n) == i for i in (i1, i2, i3)])


pairs = [
    (4738925713, 100003), (-4738925713, 100003), (4738925713, -100003), (-4738925713, -100003),
    (2**31 + 7, 2**30 - 1), (-(2**31 + 7), 2**30 - 1), (-(2**31 + 7), 1000), (-(2**31 + 7), 2**29),
    (2**40, 3), (-(2**40), 3), (-4738925713, 3), (2**40 + 2, -3), (2**40 + 1000, -1000000),
    (2**30, 2**29), (2**30, 1), (-(2**30), 1), (2**53 - 1, 7), (-(2**53 - 1), 7),
    (2**61 + 12345, 2**31 + 7), (-(2**61 + 12345), 2**31 + 7), (2**61 + 12345, -(2**31 + 7)),
    (2**70 + 5, 2**35 + 1), (2**31 + 5, 2**31 + 7), (-(2**31 + 5), 2**31 + 7), (2**40, 2**40 - 1),
    (3, 2**40), (-3, 2**40), (1000, -(2**35)),
]
for x, y in pairs:
    probe(operator.mod, x, y)
    probe(operator.floordiv, x, y)

# values and sizes over a grid, every sign
xs = [2**30, 2**30 + 1, 2**31 + 7, 4738925713, 2**52 + 3, 2**53 - 1, 999999999999]
ys = [1, 2, 3, 7, 255, 256, 257, 1000, 100003, 2**29 + 11, 2**30 - 1]
total = 0
sizes = 0
ok = True
for x0 in xs:
    for y0 in ys:
        for x, y in ((x0, y0), (-x0, y0), (x0, -y0), (-x0, -y0)):
            q = x // y
            r = x % y
            total += q + 7 * r
            sizes += sys.getsizeof(q) + 3 * sys.getsizeof(r)
            ok = ok and q * y + r == x and (r == 0 or (r < 0) == (y < 0))
print(total, sizes, ok)
x = 4738925713
x %= 100003
print(x)

# the lists.py pattern: a two-digit product modulo a one-digit int, kept in a list
L = [(i * 7919) % 100003 for i in range(135000, 135400)]
print(sum(L), len(set(map(id, L))), L[:5])
