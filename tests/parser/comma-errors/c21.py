f(lambda: a b)
