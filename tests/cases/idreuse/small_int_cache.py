a = 256
b = 255 + 1
print(a is b)
x = 1000
y = int("1000")
print(x is y)
