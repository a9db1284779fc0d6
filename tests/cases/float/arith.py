print(7.0 // 2, 7.0 % -2, -7.5 % 2)
print(2.0 ** 0.5)
print(int(3.9), int(-3.9))
print(1 / 4, 3 / 2)
