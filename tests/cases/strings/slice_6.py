v = "Ab".zfill(5)
print(repr(v), len(v))
