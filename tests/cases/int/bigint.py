a = 2 ** 100
print(a)
print(a * a - 1)
print(-a // 7, -a % 7)
print(a >> 37, 1 << 70)
print(a & 0xffff, a | 1, a ^ (a - 1))
