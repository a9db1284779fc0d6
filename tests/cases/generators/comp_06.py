def gen():
    yield 1
    return 5
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)
