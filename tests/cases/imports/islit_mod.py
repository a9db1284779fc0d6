def f(x):
    return x is 1
