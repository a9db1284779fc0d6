f(x(1) c)
