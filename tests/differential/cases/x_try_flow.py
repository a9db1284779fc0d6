def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("zde", e)
        return -1
    else:
        print("else")
        return r
    finally:
        print("finally")
print(f(2), f(0))
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
