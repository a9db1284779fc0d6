def f():
    raise ValueError("bad value")
print("start")
f()
