def g():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("fin")
it = g()
print(next(it), it.send("s"), it.throw(ValueError("v")))
it.close()
def outer():
    r = yield from inner()
    print("r", r)
def inner():
    yield 1; yield 2
    return 9
print(list(outer()))
