def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            print("call", tag, fn.__name__, a)
            return fn(*a, **k)
        return inner
    return wrap
@deco("x")
@deco("y")
def add(a, b):
    return a + b
print(add(2, 3))
