import sys
class E:
    def __bool__(self): raise ValueError('b')
e = E()
l = [e]
rc = sys.getrefcount(e)
try: list(filter(None, l))
except ValueError as x: print('VE', x)
print(sys.getrefcount(e) - rc)
def bad(v): raise KeyError(1)
try: list(filter(bad, l))
except KeyError as x: print('KE', x)
print(sys.getrefcount(e) - rc)
try: list(map(bad, l))
except KeyError as x: print('KE', x)
print(sys.getrefcount(e) - rc)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(str, range(3))), list(filter(None, [0, 1, '', 'a'])), list(filter(bool, [0, 2])))
print(list(zip('ab', [1, 2, 3])), list(enumerate('xy', 5)))
print(max([3, 1, 4]), min([3, 1, 4], key=lambda v: -v), max([], default=7), sorted((3, 1, 2), reverse=True))
print(any(x > 2 for x in [1, 3]), all(x > 2 for x in [1, 3]), tuple(x for x in 'ab'), list(x for x in range(3)))
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
    def __lt__(self, o): return self.n < o.n
    def __gt__(self, o): return self.n > o.n
    def __repr__(self): return 'D%d' % self.n
print(max(D(i) for i in [2, 5, 1, 7, 3]))
print('after max')
print(min(D(i) for i in [2, 5, 1]), 'min')
print(max([1, 2], key=None), min(3, 1, 2, key=None), max((), default=None))
try: max(())
except ValueError as e: print(e)
try: max(1, 2, default=3)
except TypeError as e: print(e)
try: max()
except TypeError as e: print(e)
class K:
    def __lt__(self, o): raise RuntimeError('cmp')
try: min([K(), K()])
except RuntimeError as e: print(e)
print(max('hello'), min([[2], [1, 5]]))
