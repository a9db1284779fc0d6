x = 'global'
def f():
    x = 'enclosing'
    def g():
        nonlocal x
        x = 'changed'
    g()
    return x
print(f(), x)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); print(c(), c(), c.__closure__[0].cell_contents)
def setg():
    global newg
    newg = 5
setg(); print(newg)
print([[i * j for j in range(3)] for i in range(3)], [(i, j) for i in range(3) for j in range(i)], {i: i * i for i in range(4) if i % 2})
print({c for c in 'hello' if c != 'l'} == {'h', 'e', 'o'}, list(v for v in range(3)))
funcs = [lambda: i for i in range(3)]; print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]; print([fn() for fn in funcs])
print([y := 10, y * 2], [z for w in range(5) if (z := w * w) > 4], z)
total = 0; vals = [total := total + v for v in [1, 2, 3]]; print(vals, total)
class K:
    a = 1
    b = [a for _ in range(2)] if False else None
    c = [i for i in range(a + 2)]
print(K.c)
def uses_later():
    try:
        print(later)
    except NameError as e:
        print(e)
    later = 1
uses_later()
def shadow():
    try:
        print(x)
    except UnboundLocalError as e:
        print(e)
    x = 2
shadow()
print([(a, b) for a, *b in [(1, 2, 3), (4,)]])
