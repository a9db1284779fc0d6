r = range(0, 20, 3)
print(r[1:4], r[::-1], r[::2], r[-2:], r[5:1], r[::-3], range(10)[2:8:3], list(range(10)[::-1]))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4))
print(hash(range(3)) == hash(range(0, 3, 1)), r.count(3), r.count(4), r.index(9), range(5).count(2.0))
print(list(reversed(range(1, 10, 4))), list(reversed(range(0))), 3.0 in range(5))
try:
    range(5)['a']
except TypeError as e: print(e)
try:
    range(5).index(7)
except ValueError as e: print(e)
print(len(range(-5, 5)[1:-1]), range(5)[1:3].start)
