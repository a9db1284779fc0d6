def h():
    yield 1
    return "done"
x = h(); next(x)
try:
    next(x)
except StopIteration as e:
    print("stop", e.value, e.args)
e = StopIteration(5, 6); print(e.value, StopIteration().value)
x = h()
print(x.send(None))
try:
    x.send(None)
except StopIteration as e:
    print("send", e.value)
def d():
    r = yield from h()
    print("r", r)
    return r * 2
print(list(d()))
y = d(); next(y)
try: next(y)
except StopIteration as e: print("d", e.value)
