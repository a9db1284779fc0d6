v = "abc" * 3
print(repr(v), len(v))
