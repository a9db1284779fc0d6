v = "a,b,,c".split(",")
print(repr(v), len(v))
