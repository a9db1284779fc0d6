def f():
    valuex = 1
    return valuey
f()
