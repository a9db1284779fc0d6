s = {3, 1, 2}
s.add(4); s.discard(1); s.discard(99)
print(sorted(s), 2 in s, 5 in s, len(s), sorted({x % 3 for x in range(10)}))
try:
    s.remove(42)
except KeyError as e:
    print('KeyError', e)
print(set() == set(), {1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} >= {2}, sorted(set('hello')), frozenset([1, 2]) == {1, 2})
