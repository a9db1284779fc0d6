import sys
a = {1, 2, 3}; b = {3, 4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
fa = frozenset(a)
print(fa | b, b | fa, fa & b, fa - {1}, fa ^ {9})
c = set(a); c |= b; print(c, sys.getsizeof(c))
c &= {1, 5, 9}; print(c)
c -= {1}; print(c)
c ^= {5, 6}; print(c)
print(a <= {1,2,3,4}, a < a, a >= {1}, a > {1,2,3}, fa == a, a != fa)
print(a.union([9, 8], (7,)), a.intersection(range(2, 10)), a.difference([1], [2]), a.symmetric_difference([3, 4]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]), a.isdisjoint({1}))
s = set(range(20)); print(sys.getsizeof(s), sys.getsizeof(set(s)), sys.getsizeof(s | set()))
print(s.pop(), s.pop(), len(s))
d = {1, 2}; d.update([3], {4}); d.intersection_update([1, 2, 3, 4, 5]); d.difference_update([4]); print(d)
d.symmetric_difference_update([1, 10]); print(d)
try:
    a | [1]
except TypeError as e: print(e)
try:
    a < [1]
except TypeError as e: print(e)
try:
    set().pop()
except KeyError as e: print(repr(e))
print(frozenset([1,2]) in {frozenset([1,2])}, {1,2} in {frozenset([1,2])})
print(hash(frozenset([1,2])) == hash(frozenset([2,1])), fa.copy() is fa, a.copy() is a)
x = frozenset([1]); y = x; x |= {2}; print(x, y)
print(sys.getsizeof({1,2,3} | {4,5,6,7,8}), sys.getsizeof(set(range(5))), sys.getsizeof(set([1,2,3,4,5])), sys.getsizeof(set({1:2,3:4,5:6,7:8,9:0})))
