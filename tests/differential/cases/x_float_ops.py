print(0.1 + 0.2, 1 / 3, 7.0 // 2, -7.0 // 2, 7.5 % -2, 2 ** 0.5, 1e10, 1.5e-7)
print(float("inf"), -float("inf"), float("nan") == float("nan"), (0.5).as_integer_ratio(), (3.0).is_integer())
print(int(1e20), 10 ** 20 == 1e20, 1 == 1.0, hash(1.0) == hash(1), divmod(7.5, 2))
