class N:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
class Holder:
    shared = N('class attr')
h = Holder()
h.own = N('instance attr')
del h
print('instance gone')
Holder.shared = None
print('class attr replaced')
x = N('rebound')
x = N('second')
print('rebound done')
for i in range(2):
    tmp = N('loop%d' % i if False else 'loop' + str(i))
print('loop done')
