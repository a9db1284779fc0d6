def f(**kw):
    return locals()
for call in [lambda: f(), lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(a=1), lambda: f(1, k=5), lambda: f(1, b=2), lambda: f(1, z=9)]:
    try:
        r = call()
        print(sorted(r.items()))
    except TypeError as e:
        print("TypeError:", e)
