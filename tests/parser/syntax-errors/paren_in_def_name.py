def f(x)):
    pass
