pairs = [(7, 3), (-7, 3), (2**70, 5), (0, 9), (123456789, 1)]
for a, b in pairs:
    try:
        print(a, "<<", b, "=", a << b)
    except Exception as e:
        print(type(e).__name__, e)
x = 13
x <<= 2
print(x)
