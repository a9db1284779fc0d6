x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
