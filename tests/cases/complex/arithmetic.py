# arithmetic with int and float mixing, division, powers, and the TypeErrors
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, b / a, -a, +a)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a - True, 10 / a, a / 2)
print(a ** 2, a ** 0, a ** -3, a ** 0.5, a ** (1 + 1j), 2 ** a, 1j ** 2, (2j) ** 101)
print((-8) ** (1 / 3), (-8.0) ** 0.5, (1 + 1j) ** 1000, 10 ** (2 + 0j))
print(abs(1j), abs(-3 - 4j), abs(complex(1e308, 1e308)), bool(0j), bool(1e-300j))
print(a == 1 + 2j, 1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, a != b, a == 'a', (2 + 0j) in [1, 2], 0j == False)
x = 1j
x += 1
x *= 2j
print(x)
for bad in [lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 2), lambda: 1j < 2j, lambda: 1j / 0,
            lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: int(1j), lambda: float(1j),
            lambda: round(1j), lambda: 10 ** 400 * 1j, lambda: (1e200 + 1e200j) ** 2.5]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
