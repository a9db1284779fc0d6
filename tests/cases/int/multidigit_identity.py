# Which object an int operation with a multi-digit operand returns, as CPython 3.11: the
# dividend itself as remainder when it is smaller than the divisor, small results from the
# cache, a new exact int from an int subclass.
x = 5000000000
big = 10**12
print(x % big is x, divmod(x, big)[1] is x, x // big)
y = -5000000000
print(y % big, y % -big is y, y // -big, divmod(y, -big)[1] is y)
zero = 0
one = 1
P, Q, R, S = 10**20, 10**15, 2**40, 2**31
print(P % Q is zero, divmod(P, Q)[1] is zero, R % S is zero)
print((R + 1) % S is one, (R + 1) - R is one, R // R is one)
print(divmod(2**31 + 5, 2**31 - 1), divmod(-(2**31 + 5), 2**31 - 1), divmod(2**31 + 5, -(2**31 - 1)))
print(divmod(-(2**70 + 3), 2**35 + 1), divmod(2**70 + 3, -(2**35 + 1)), divmod(-(2**70), -(2**35)))
print((-(2**40)) // 7, (-(2**40)) % 7, (2**40) // -7, (2**40) % -7)


class I(int):
    pass


i = I(5000000000)
r = i % big
print(r, type(r).__name__, r is i, i % I(10**12) == i)
print(~(2**40), ~-(2**40), ~(2**100), -(2**40) - 1 == ~(2**40))
w = 2**35
print(w - w is zero, w + -w is zero, w * 0 is zero, 0 * w is zero)
h = 2**30 - 1
print(h * h, h * -h, -h * -h, h * h * h, (h * h) // h == h, divmod(h * h + 5, h))
s = 2**40 + 12345
ns = -s
three = 3
print(s >> 3, ns >> 3, s >> 45, ns >> 45, s << 3, ns << 3, s << 70, (s << 0) is s, (s >> 0) == s)
print(s & 0xFFFF, ns & 0xFFFF, s | 1, ns | 1, s ^ ns, s & ns, ns & -5, (s & 0xFF) is three ** 3 + 30)
print(s ** 2, s ** 3, ns ** 5, (2**31) ** 4, s ** 0, s ** 1 == s, type(True ** 1).__name__, (-1) ** (2**61), 1 ** (2**70))
print(three ** 40, three ** 41, -three ** 39, (-three) ** 39, 2 ** 100 >> 99)
print(pow(3, 5, 7), pow(12345, 6789, 100003), pow(2, 100, 10**12 + 39), pow(-7, 13, 101), pow(7, -1, 101), pow(7, -3, -101))
print(pow(5, 0, 7), pow(5, 1, 7), pow(5, 2, 7), pow(5, 3, 7), pow(5, 3, 1), pow(5, 3, -1), pow(2**70, 2**65, 10**9 + 7))
print(pow(10**20 + 3, 12345678901, 2**61 - 1), pow(True, 5, 3), type(pow(True, 1, 3)).__name__)
for args in ((2, 3, 0), (2, -1, 4), (2.0, 3, 5)):
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
