for v in [0, 7, -42, 1234567]:
    try:
        print(repr(v), format(v, ">6"), f"{v:>6}")
    except ValueError as e:
        print("ValueError", e)
for v in [3.14159, -0.5, 1e10]:
    try:
        print(repr(v), format(v, ">6"))
    except ValueError as e:
        print("ValueError", e)
