class N:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
d = {}
d['x'] = N('x')
d['y'] = N('y')
d['x'] = N('x2')
print('replaced')
del d['y']
print('deleted key')
d.clear()
print('cleared')
s = [N(1), N(2), N(3)]
s.pop(0)
print('popped first')
s.remove(s[0])
print('removed')
s = None
t = (N('a'), (N('b'), N('c')))
t = None
print('end')
