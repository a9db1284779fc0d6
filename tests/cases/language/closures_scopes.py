g = 0
def inc():
    global g
    g += 1
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
inc(); inc()
s = counter(); s(); print(g, s())
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
