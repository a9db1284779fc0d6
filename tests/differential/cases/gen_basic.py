def gen(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("got", x)
    return "done"

g = gen(3)
print(next(g))
print(g.send("hi"))
print(list(g))
def inner():
    yield 1
    yield 2
    return 3
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 4
print(list(outer()))
print(sum(x * x for x in range(10)))
print(sorted({3, 1, 2}))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closer()
next(c)
c.close()
print("after close")
c2 = closer()
next(c2)
del c2
print("end")
