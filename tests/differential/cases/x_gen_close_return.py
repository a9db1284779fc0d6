def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g(); print(next(it)); it.close(); print("closed")
def h():
    yield 1
    return "done"
x = h(); next(x)
try:
    next(x)
except StopIteration as e:
    print("stop", e.value)
