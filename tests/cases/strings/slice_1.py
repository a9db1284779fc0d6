v = "abcdef"[::-2]
print(repr(v), len(v))
