a = {1, 2, 3}
b = {2, 3, 4}
print(a | b, a & b, a - b, a ^ b)
print(frozenset([1, 2]), set(), {1} <= a)
