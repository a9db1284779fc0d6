print(sum([0.1]*10))
print(sum([1, 2, True, 3.5, 2, 10**20]))
print(sum([2**62, 2**62, 1, -5]))
print(sum([2**62, 2**62, 2**62, -2**63, -2**63]))
print(sum([-2**63, -1, 1]))
print(sum(range(10), 2**70))
print(sum([1.5, 2**64, 3]))
print(sum([[1], [2]], []))
class I(int):
    def __radd__(self, o): return 'radd'
    def __add__(self, o): return 'add'
print(sum([1, I(3)]))
print(sum([1.0, I(3)]))
print(sum([], 5), sum([], 2.5), sum((), start=True))
try: sum([1, 'a'])
except TypeError as e: print(e)
try: sum(['a'], 'b')
except TypeError as e: print(e)
def g():
    yield 1; raise ValueError('x')
try: sum(g())
except ValueError as e: print('VE', e)
import sys
x = 12345678
l = [x, x]
print(sys.getrefcount(x))
print(sum(l), sys.getrefcount(x))
print(sum([1e308, 1e308, -1e308]))
print(sum([True, True]), type(sum([True, False])))
print(sum(iter([3, 4]), -7))
print(sum([1, 2**63]), sum([-1, -2**63]), sum([2**63-1, 1, -1]))
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
    def __add__(self, o):
        if o.n == 3: raise ValueError(o.n)
        return D(self.n * 10 + o.n)
try: sum((D(i) for i in [1, 2, 3]), D(0))
except ValueError as e: print('VE', e)
print(sum((D(i) for i in [1, 2]), D(0)).n)
for a, k in [((), {}), ((1, 2, 3), {}), (([1],), {'start': 1, 'x': 2}), (([1],), {'x': 2}), (([1], 2), {'start': 3}), ((), {'start': 3}), (([1, 2],), {'start': 3}), (([1.5], 2), {})]:
    try: print(sum(*a, **k))
    except TypeError as e: print(e)
