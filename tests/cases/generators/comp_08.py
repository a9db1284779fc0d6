def acc():
    total = 0
    while True:
        x = yield total
        total += x
a = acc()
next(a)
print(a.send(3), a.send(4))
