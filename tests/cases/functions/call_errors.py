def f(a, b=2, *, c): pass
def g(a, /, b): pass
def h(*args, **kw): return args, kw
class C:
    def m(self, x): pass
calls = [lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, 3, c=4), lambda: f(1, c=1, d=2),
         lambda: f(1, a=2, c=3), lambda: g(a=1, b=2), lambda: g(1), lambda: C().m(), lambda: C().m(1, 2),
         lambda: C.m(1), lambda: f(**{1: 2}), lambda: f(1, **[]), lambda: h(**{'a': 1}, a=2), lambda: f(1, c=1, **{'c': 2}),
         lambda: C().m(1, **{'x': 2}), lambda: len(x=1), lambda: print(**{'sep': 1, 'end': 2}), lambda: h(1, *5),
         lambda: (lambda: 0)(1), lambda: (lambda x, y: 0)(1)]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print(h(1, 2, x=3), h(*[1], **{'y': 2}))
