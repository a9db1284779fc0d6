print("before")
def f():
    return None.x
f()
