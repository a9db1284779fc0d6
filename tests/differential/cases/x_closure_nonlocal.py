def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); c(); print(c())
G = 1
def setg():
    global G
    G = 99
setg(); print(G)
fs = [lambda i=i: i * i for i in range(4)]
print([f() for f in fs])
