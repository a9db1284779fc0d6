def make():
    fns = []
    for i in range(3):
        def f(): return i
        fns.append(f)
    return fns
print([f() for f in make()])
def outer():
    x = "o"
    def mid():
        def inner(): return x
        return inner
    return mid()()
print(outer(), make()[0].__name__)
