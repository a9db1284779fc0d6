vals = [1, 2.0, True, "a", "b", (1, 2), [1], None]
for a in vals:
    for b in vals:
        try:
            print(repr(a), "<", repr(b), a < b)
        except TypeError as e:
            print(e)
