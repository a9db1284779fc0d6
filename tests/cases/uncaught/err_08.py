print("before")
def f():
    return (1).foo()
f()
