# An unbound local read inside an expression: the carets are under the name alone.
def f():
    total = 1 + count * 2
    count = 3
    return total
f()
