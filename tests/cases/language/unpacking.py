a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
if (n := 10) > 5:
    print(n)
print(1 < 2 < 3, 1 < 3 < 2, "y" if n else "n")
i = 5
i += 2; i *= 3; i //= 4; i **= 2; i %= 7
print(i)
