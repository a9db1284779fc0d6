def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
try:
    f(1)
except TypeError as ex:
    print(ex)
try:
    f(1, a=2, d=3)
except TypeError as ex:
    print(ex)
