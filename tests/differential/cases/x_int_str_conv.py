print(str(-0), int("-17"), int(3.99), int(-3.99), str(10**25), repr(-5), int("1_000"))
for bad in ("abc", "1.5", ""):
    try:
        int(bad)
    except ValueError as e:
        print(e)
