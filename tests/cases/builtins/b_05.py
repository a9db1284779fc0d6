print(int("ff", 16), int("0b101", 0), int(" 12 "), float("1e3"), str(12), bool(""))
