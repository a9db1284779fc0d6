print(True + 1, True * 3, False - 1, True / 2, True // 1, -True, ~True, True & False, True | 2)
print(bool(0.0), bool("0"), bool(None), bool([0]), str(True), repr(False), int(True))
