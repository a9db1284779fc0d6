def g(x, y): pass
for call in (lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, y=2, z=3), lambda: g(1, 2, x=1)):
    try:
        call()
    except TypeError as ex:
        print(ex)
