def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(a):
    return lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
