v = "tab\tx".expandtabs(4)
print(repr(v), len(v))
