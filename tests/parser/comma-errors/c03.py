f(a + b c)
