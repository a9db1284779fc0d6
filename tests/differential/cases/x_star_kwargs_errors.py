def f(**kw): return sorted(kw)
print(f(a=1, **{"b": 2}))
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    len(1)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
