v = "abcdef"[-10:2]
print(repr(v), len(v))
