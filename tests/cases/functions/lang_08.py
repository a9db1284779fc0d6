print(1 if 0 else 2, (lambda: 3)(), not 0, not [1], 0 or "x", 5 and 6, [] or {} or 0)
