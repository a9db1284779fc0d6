# `if <expression> <op> <name or constant>:` — the left side evaluated first, then the right
# read; rich comparisons, refcounts of both sides, an unbound right name after the left ran
import sys

class E:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print('eq', self.tag, type(other).__name__)
        return self.tag == getattr(other, 'tag', other)
    def __lt__(self, other):
        print('lt', self.tag)
        return NotImplemented
    def __gt__(self, other):
        print('gt', self.tag)
        return False

def left(v):
    print('left', getattr(v, 'tag', v))
    return v

def f(items, k):
    out = []
    for x in items:
        if x % 3 == 0:
            out.append(x)
        if left(E(x)) == k:
            out.append(-x)
        if len(out) > 3:
            break
    return out

print(f([3, 4, 6, 9, 12], 4))
k = E(7)
before = sys.getrefcount(k)
def g():
    if left(E(7)) == k:
        print('equal', sys.getrefcount(k) - before)
    if left([1]) < k:
        print('less')
g()
print(sys.getrefcount(k) - before)

def h():
    if left(2) * 2 > m:
        pass
    m = 1
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def h2(a):
    if a % 2 == 1.5:
        return 'x'
    return [a % 2 == 0 for _ in range(1)], (a ** 2 != 'no')
print(h2(10), h2(3.5))
def h3(s):
    if s * 2 < 5:
        pass
h3('ab')
