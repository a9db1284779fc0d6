f(a b.c)
