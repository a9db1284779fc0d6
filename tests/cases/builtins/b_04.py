print(abs(-3), abs(-2.5), abs(True), pow(-2, 3), pow(9, 0.5))
