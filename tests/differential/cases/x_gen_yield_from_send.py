def inner():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
def outer():
    r = yield from inner()
    yield "result %d" % r
g = outer(); next(g)
print(g.send(3), g.send(4), g.send(None))
