print(round(1234.5678, -2), round(7, -1), round(0.125, 2), format(255, "08b"), format(3.5, "^9.2f"))
print(max([], default=0), min(3, 1, 2), max("abc", key=ord), sorted({3: 1, 1: 2}))
print(list(reversed([1, 2, 3])), repr("a'b"), repr('a"b'), ascii("é"), str(b"ab"))
print(isinstance(1, (str, int)), type(None).__name__, bool([]), int(-3.9), int("  12 "))
