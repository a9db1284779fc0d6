def f():
    def g():
        nonlocal v
        v = 1
    g()
    del v
f()
