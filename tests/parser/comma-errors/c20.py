f(a in b c)
