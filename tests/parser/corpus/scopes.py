x = 0
def outer():
    global x, y
    z = 1
    def inner():
        nonlocal z
        z += 1
    return inner
