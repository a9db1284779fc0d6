f(a, not b c)
