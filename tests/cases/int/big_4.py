a = 3**50
b = 2**40 + 1
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(a, b))
print(a & b, a | b, a ^ b, ~a, -a, abs(a))
print(a == b, a < b, a > b, bool(a), str(a)[:5], hex(a)[:8])
