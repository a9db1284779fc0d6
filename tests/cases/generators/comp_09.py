def inner():
    x = yield "i1"
    print("inner got", x)
    return "iret"
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.send("s"))
