def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("bad value")
f()
