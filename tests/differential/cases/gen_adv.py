def counter():
    n = 0
    while True:
        try:
            cmd = yield n
        except ValueError as e:
            print("thrown", e)
            n = -1
            continue
        if cmd == "stop":
            return n
        n += 1
c = counter()
print(next(c), next(c), c.send(None))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.send("stop")
except StopIteration as e:
    print("stopped with", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 50:
        break
    out.append(x)
print(out)
g = (i * i for i in range(5))
print(next(g), list(g), list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6))))
def gen_with_return():
    yield 1
    return 2
def deleg():
    r = yield from gen_with_return()
    yield r
print(list(deleg()))
def noisy():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
n = noisy()
next(n)
n.close()
print(n.__name__, type(n).__name__)
def e():
    yield 1
    raise StopIteration
try:
    list(e())
except RuntimeError as err:
    print("RuntimeError:", err)
