v = "x".center(7, "*")
print(repr(v), len(v))
