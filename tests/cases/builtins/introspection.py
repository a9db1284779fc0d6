import sys
print(callable(input), callable(len), callable(1), callable(type), callable(lambda: 0))
class K:
    def __call__(self, x): return x * 2
print(callable(K()), callable(K), K()(21))
g = globals()
print(g is globals(), '__name__' in g, g['__name__'])
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
class V:
    def __init__(self): self.x = 1; self.y = 2
print(vars(V()), sorted(vars(V).keys())[:3] if False else 'skip')
try:
    vars(1)
except TypeError as e: print(e)
x_mod = 5
print('x_mod' in dir(), [n for n in dir(V()) if not n.startswith('__')])
def h():
    q = 1
    return dir()
print(h())
