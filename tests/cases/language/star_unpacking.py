a, *b = [1, 2, 3]; print(a, b)
*a, b = 'xyz'; print(a, b)
a, *b, c = range(5); print(a, b, c)
(a, b), c = (1, 2), 3; print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c)
first, *_ = (9,); print(first, _)
print(*[1, 2], *'ab', sep='-')
print([*range(3), *{4: 0}], (*[1], 2), {*'aa', 'b'} == {'a', 'b'}, {**{'a': 1}, 'b': 2, **{'a': 3}})
def f(*args, **kw): return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{'j': 2}))
for x, *rest in [(1, 2, 3), (4, 5)]: print(x, rest)
for bad in ['a, b = [1]', 'a, b = [1, 2, 3]', 'a, *b, c = [1]', 'a, b = 5']:
    try: exec(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
d = {'k': 1}
k, = d; print(k)
a = b = c = [0]; print(a is c)
x, y = y, x = 1, 2
print(x, y)
