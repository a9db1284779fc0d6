def f(*, a, b=2): return a + b
print(f(a=1), f(b=3, a=1))
print(f.__defaults__, f.__kwdefaults__, f.__name__)
