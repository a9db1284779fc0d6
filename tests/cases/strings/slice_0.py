v = "abcdef"[1:4]
print(repr(v), len(v))
