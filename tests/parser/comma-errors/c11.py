f(1 if x else 2 c)
