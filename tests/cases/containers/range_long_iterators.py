import sys
it=iter(range(2**64, 2**64+9, 2)); next(it); print(it.__length_hint__(), type(it).__name__)
it=iter(range(5, 50, 7)); next(it); print(it.__length_hint__(), type(it).__name__)
r=reversed(range(5, 50, 7)); print(list(r), type(r).__name__)
print(range(3).__reduce__(), sys.getsizeof(range(3)), sys.getsizeof(iter(range(2**64))))
for args in [(1,2,0), (1.5,), (), (1,2,3,4)]:
    try: range(*args)
    except Exception as e: print(type(e).__name__, e)
try: range(x=1)
except TypeError as e: print(e)
print(range(True, 5), range(0, 10, 1) == range(10), hash(range(0)) == hash(range(5, 5)))
print(range(10)[True], range(2**64)[-1], range(5, -5, -2)[::-1], range(10)[::2][1:3])
for bad in [10, 'a']:
    try: range(10)[bad]
    except Exception as e: print(type(e).__name__, e)
print(range(2**64).index(2**63), range(10).index(True))
for v in [20, -1]:
    try: range(2**64).index(v)
    except ValueError as e: print(e)
print(1.0 in range(3), range(3).count(1.0), range(3).index(2.0))
a = 1000; b = 2000
r = range(a, b)
print(r.start is a, r.stop is b, r.step)
print(type(iter(range(2**62, 2**63))).__name__, type(reversed(range(2**62, 2**63+2))).__name__, type(iter(range(2**60, 2**61))).__name__)
print(list(iter(range(2**60, 2**60+3))), list(reversed(range(2**60, 2**60+3))))
print(list(range(9007199254740990, 9007199254740995)), list(reversed(range(-9007199254740995, -9007199254740990))))
print(range(-5, 5)[-10], range(0, -10, -3)[-1], list(range(0, -10, -3)), range(10)[-3:], range(10)[::-3], range(10)[100:], range(10)[-100:2])
print(bool(range(0)), bool(range(2**100)), range(0, 2**100, 2**98), len(range(0, 2**62, 1)))
print(reversed(range(0)).__length_hint__(), list(reversed(range(3, 3))), list(reversed(range(10, 0, -3))))
print(range(10).count(3), range(10).count(11), 5 in range(0, 10, 2), 4 in range(0, 10, 2), -2 in range(0, -10, -2))
x = range(2**70, 2**70 + 5)
print(list(x), x[2], x[-1], x.index(2**70+3), (2**70+3) in x, len(x))
print(list(reversed(x)), type(reversed(x)).__name__)
print(range(10)[slice(2, None, 3)], range(10)[2:8:-1], range(3, 30, 4)[1:-1:2])
class I:
    def __index__(self): return 7
