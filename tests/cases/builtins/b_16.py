print(list(reversed(range(5))), list(range(10, 0, -3)), range(5)[1:3], len(range(0, 100, 7)))
