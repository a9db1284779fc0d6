print(list(zip("abc", range(5), [9, 8])))
