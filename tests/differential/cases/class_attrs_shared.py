class Counter:
    total = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.items.append(name)
for n in 'abc':
    Counter(n)
print(Counter.total, Counter.items)
c = Counter('d')
c.total = 100
print(c.total, Counter.total, 'total' in vars(c), sorted(vars(c)))
del c.total
print(c.total)
print(Counter.__name__, Counter.__qualname__, Counter.__module__, Counter.__bases__, Counter.__doc__)
