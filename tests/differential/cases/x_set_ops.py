a = {1, 2, 3}; b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4}, set(), frozenset([1]), {1, 2} == {2, 1})
a.discard(9); a.add(7); print(sorted(a), len(a))
