# range keeps the int objects it was given, and computes items with CPython's temporaries
import sys
a = 1000
b = 5000
r = range(a, b)
print(r.start is a, r.stop is b, r.step is range(7).step)
x = r[500]
y = r[500]
print(x == y, x is y, x)
t = range(10**20, 10**20 + 50, 7)
print(t[3], t[-1], t[1:4], t[1:4].start is t[1:4].start)
blocks = sys.getallocatedblocks()
del r
print(blocks - sys.getallocatedblocks())
it = iter(range(2**70, 2**70 + 3))
print(next(it), next(it), it.__length_hint__())
del it
