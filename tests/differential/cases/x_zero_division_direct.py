ops = [("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0),
       ("1.0 / 0", lambda: 1.0 / 0), ("divmod(1, 0)", lambda: divmod(1, 0)), ("0 ** -1", lambda: 0 ** -1)]
for name, fn in ops:
    try:
        fn()
    except ZeroDivisionError as e:
        print(name, "->", e)
