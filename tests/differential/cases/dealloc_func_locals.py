class N:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    a = N('a')
    b = N('b')
    a2 = a
    return N('ret')
r = f()
print('returned', r.n)
def g(x):
    y = N('y')
    print('in g')
g(N('arg'))
print('after g')
def h():
    lst = [N('l1')]
    raise ValueError
try:
    h()
except ValueError:
    print('caught')
print('end')
