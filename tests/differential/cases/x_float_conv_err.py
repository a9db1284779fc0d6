print(float("  2.5 "), float("-inf"), float(3), float("1_0.5"), str(1e22), str(1e-7), 1e15 + 0.3)
try:
    float("x")
except ValueError as e:
    print(e)
