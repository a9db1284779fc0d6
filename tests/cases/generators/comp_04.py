x = 10
print([x for x in range(3)], x)
