vals = [1, 1.0, "s", [1], (1,), {1: 1}, {1}, None, True, range(1), len]
print([type(v).__name__ for v in vals])
print([isinstance(v, (int, float)) for v in vals])
print(type(1) is int, type(True) is bool, int.__name__, issubclass(bool, int))
