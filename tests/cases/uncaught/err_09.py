print("before")
def f():
    return [].pop()
f()
