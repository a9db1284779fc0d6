a = b = c = 1
a, b = b, a
(a, b), [c, *d] = x
*a, b = range(3)
a[0], a.b, a[1:2] = 1, 2, 3
x: int
y: list[int] = []
(z): int = 1
obj.attr: str = 'v'
d['k']: float
a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7; h @= 8
i <<= 1; j >>= 2; k &= 3; l |= 4; m ^= 5
del a, b[0], c.d, (e, f), [g]
