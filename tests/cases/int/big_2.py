a = 2**64
b = 2**32
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(a, b))
print(a & b, a | b, a ^ b, ~a, -a, abs(a))
print(a == b, a < b, a > b, bool(a), str(a)[:5], hex(a)[:8])
