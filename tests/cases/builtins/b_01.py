print(sorted(["b", "A", "c"], key=str.lower))
