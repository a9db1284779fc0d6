print("before")
def f():
    return undefined_name
f()
