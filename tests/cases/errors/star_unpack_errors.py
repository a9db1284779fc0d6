for s in [lambda: [*5], lambda: (*5,), lambda: {*5}, lambda: print(*5), lambda: print(1, *5), lambda: {**5}, lambda: dict(**5), lambda: print(**5)]:
    try: s()
    except TypeError as e: print(e)
