def a():
    yield 1
    yield 2
    return "r"
def b():
    r = yield from a()
    print("ret", r)
    yield 3
print(list(b()))
print(sum(x * x for x in range(10)))
