# zip and enumerate reuse their result tuple; zip replaces one item at a time
import sys, gc
for t in enumerate('abc'):
    print(t, sys.getrefcount(t))
for t in zip('ab', 'cd', 'ef'):
    print(t, sys.getrefcount(t))
class Noisy:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'N{self.n}'
    def __del__(self): print('del', self.n)
def gen(tag, n):
    for i in range(n):
        print('next', tag, i)
        yield Noisy(f'{tag}{i}')
for pair in zip(gen('x', 3), gen('y', 3)):
    print('got', pair)
print('--')
for pair in zip(gen('x', 3), gen('y', 2)):
    print('got', pair)
    keep = pair
print('kept', keep)
del keep
print('--')
z = zip(gen('p', 2), gen('q', 1))
a = next(z)
print(a)
try:
    next(z)
except StopIteration:
    print('stop')
del a, z
print('--')
for i, x in enumerate(gen('e', 2)):
    print(i, x)
print('end')
