f = lambda *a, **k: (a, sorted(k.items()))
print(f(1, 2, x=3), (lambda: 1)(), (lambda x, y=2: x * y)(4))
print(*[1, 2], *"ab", sep="-")
def g(a, b, c): return a + b + c
print(g(*[1, 2], **{"c": 3}), [*range(3), *"x"], {**{"a": 1}, "b": 2})
