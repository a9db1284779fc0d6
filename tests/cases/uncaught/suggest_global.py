abcdefgh = 1
print(abcdefgx)
