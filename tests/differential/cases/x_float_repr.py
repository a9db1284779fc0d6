for x in (0.1, 1/3, 1e16, 1e-5, 123456789.0, 2.5, -0.0, 1e300*1e10):
    print(repr(x), str(x))
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5))
