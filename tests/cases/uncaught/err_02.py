print("before")
def f():
    return {}["k"]
f()
