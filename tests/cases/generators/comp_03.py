g = (x for x in range(3))
print(next(g), list(g), list(g))
