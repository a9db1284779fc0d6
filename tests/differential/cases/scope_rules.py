x = 'g'
def f():
    print(x)
    def g():
        nonlocal_y = 1
        return x
    return g()
print(f())
class C:
    x = 'class'
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
def h():
    global newglobal
    newglobal = 5
h()
print(newglobal)
def k():
    v = 1
    def inner():
        return v
    v = 2
    return inner()
print(k())
