try:
    try:
        raise KeyError(1)
    finally:
        print("inner fin")
except LookupError as e:
    print("caught", repr(e))
