print(1.0, 0.1 + 0.2, 1e16, 1e-5, 123456789.0 * 1000)
print(float("inf"), -float("inf"), float("nan"))
print(repr(2.5), str(1/3))
print(round(2.5), round(3.5), round(2.675, 2))
