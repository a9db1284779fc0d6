print("before")
def f():
    return int("x")
f()
