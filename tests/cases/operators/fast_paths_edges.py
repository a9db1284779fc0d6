# Binary operators, comparisons and augmented assignments on exact ints and floats at the edges
# of the compiler's fast paths (safe-integer limits, signs, zero, nan, mixed int/float), in a
# function (fast locals) and at module level (names), with the refcounts of list items.
import sys
big = 2 ** 53
def ops(a, b):
    out = [a + b, a - b, a * b]
    for f in (lambda: a / b, lambda: a // b, lambda: a % b, lambda: a ** b if abs(b) < 80 and abs(a) < 2 ** 31 else 0):
        try:
            out.append(f())
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            out.append(type(e).__name__)
    if type(a) is int and type(b) is int:
        for f in (lambda: a >> b, lambda: a << b, lambda: a & b, lambda: a | b, lambda: a ^ b):
            try:
                out.append(f())
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    return out
pairs = [(7, 2), (-7, 2), (7, -3), (0, 5), (5, 0), (big - 1, 1), (big, 1), (-big, -1), (big - 1, 2), (2 ** 30, 5), (2 ** 30 - 1, -(2 ** 30)),
         (-(2 ** 30), 3), (3, 70), (-3, 64), (1, 52), (3, 53), (-1, 100), (9007199254740991, 2),
         (7.5, 2), (2, 7.5), (-0.0, 0.0), (0.0, -0.0), (1.5, 0.0), (1e308, 10.0), (float('nan'), 1.0),
         (float('inf'), 2), (-8.0, 1 / 3), (0.0, -1.0), (big + 1, 1.0), (True, 2), (2, False)]
for a, b in pairs:
    print(a, b, ops(a, b))
x = 5
x += 2 ** 60
x -= 2 ** 60
x *= -0
print(x, repr(-0.0 * 1), repr(0 * -1.0), repr(-0.0 + 0), repr(0 - 0.0))
L = [1.5, 2, 'a']
L[0] += 1
L[1] *= 3
L[-1] += 'b'
L[-3] -= 0.5
print(L, sys.getrefcount(L[2]))
t = 1.25
n = 3
print(t ** n, n ** -1, (-n) // 2, -n % 2, n / -0.5, 10 ** 20 // 7, -(10 ** 20) % 7)
print(1 < 1.5 < 2, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, x is x, None is not None)
