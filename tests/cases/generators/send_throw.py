def g():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError:
        print("caught")
        yield 3
it = g()
print(next(it))
print(it.send("hi"))
print(it.throw(ValueError))
it.close()
