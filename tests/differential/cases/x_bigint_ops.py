a = 3 ** 100
print(a, a.bit_length(), -a // 7, a % -11, str(a)[:10], int(str(a)) == a)
print(a & (2**64 - 1), a ^ 12345, ~a < 0, (10**30) // (10**15), hash(2**61 - 1))
