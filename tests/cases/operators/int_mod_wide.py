# int % int with a dividend past 32 bits (up to 2**53) and a 32-bit divisor: floored
# remainders with the divisor's sign, near multiples and at the edges of the exact range
divisors = [1, -1, 2, -2, 3, -3, 7, 10, -10, 1000003, -1000003, 2147483647, -2147483648, 65536]
dividends = []
for base in [2**31, 2**32 + 5, 3 * 10**12, 2**52 - 1, 2**52, 2**52 + 1, 2**53 - 1, 2**53, 9007199254740993]:
    for d in [-2, -1, 0, 1, 2]:
        dividends.append(base + d)
        dividends.append(-(base + d))
for q in [123456789, 987654321987, 4503599627]:
    for y in [7, 1000003, -1000003, 2147483647]:
        for d in [-1, 0, 1]:
            dividends.append(q * y + d)
            dividends.append(-(q * y) + d)
total = 0
rows = 0
for x in dividends:
    for y in divisors:
        r = x % y
        assert r == x - (x // y) * y, (x, y, r)
        total += r * (rows % 13 + 1)
        rows += 1
print(rows, total)
print([x % 2 for x in [(i * i) for i in range(46340, 46350)] + [10**12 + 1, -10**12 - 1]])
print(-(2**40) % 3, (2**40) % -3, -(2**40) % -3, (2**40 + 1) % 2147483647, -0 % 5)
r = (2**45) % 2**20
print(r, type(r))
x = 2**50
x %= 1000003
print(x)
