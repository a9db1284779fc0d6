def a():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("wrapped")
a()
