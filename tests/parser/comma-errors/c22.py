f(a\n b)
