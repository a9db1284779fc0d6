# generator bodies whose loops, ifs and yields run as one generator program
class It:
    def __init__(self, name, n):
        self.name, self.i, self.n = name, 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
    def __del__(self):
        print('del', self.name)

def nested():
    for a in It('outer', 3):
        if a == 2:
            continue
        for b in It('inner%d' % a, 3):
            if b == 2:
                yield a, b
            elif b == 3:
                break
            else:
                yield b
        else:
            print('no else: broke')
    else:
        print('outer else')
    yield 'end'

print(list(nested()))

def whiles():
    i = 0
    while i < 5:
        i += 1
        if i % 2:
            continue
        x = yield i
        print('got', x)
        if x == 'stop':
            break
    else:
        yield 'else'
    a = b = yield 'ab'
    print(a, b, a is b)
    return 'ret'

g = whiles()
print(next(g), g.send('one'), g.send('stop'))
try:
    g.send('both')
except StopIteration as e:
    print('stop', e.value)

def ret_in_loops():
    for a in It('r1', 5):
        for b in It('r2', 5):
            yield a, b
            if b == 2:
                return 'early'
g = ret_in_loops()
print(list(g))

def closed():
    for a in It('c1', 5):
        for b in It('c2', 5):
            try:
                yield a, b
            finally:
                print('finally', a, b)
g = closed()
print(next(g), next(g))
g.close()
print('closed')

def brk_in_try():
    for a in It('t1', 5):
        try:
            yield a
            if a == 2:
                break
        finally:
            print('fin', a)
    yield 'after'
print(list(brk_in_try()))

print(list((a, b) for a in range(4) if a != 1 for b in It('ge%d' % a, a) if (a + b) % 2))
g = (x for x in It('abandoned', 10))
print(next(g))
del g
print('after del')

def sub():
    try:
        x = yield 1
        print('sub got', x)
        yield 2
    except ValueError as e:
        print('sub caught', e)
        y = yield 3
        print('sub got', y)
    return 'subret'
def deleg():
    r = yield from sub()
    print('deleg got', r)
    yield from It('yf', 2)
    s = yield from [7, 8]
    print('list yf', s)
g = deleg()
print(next(g), g.throw(ValueError('v')), g.send('hi'))
print(list(g))

def sub2():
    while True:
        try:
            yield 'ready'
        except KeyError as e:
            print('k', e)
def deleg2():
    yield from sub2()
g = deleg2()
next(g)
print(g.throw(KeyError(1)), g.throw(KeyError(2)))
g.close()

def stopper():
    yield 1
    raise StopIteration('x')
try:
    list(stopper())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

def bad():
    for i in range(3):
        if i == 1:
            1 / 0
        yield i
for v in bad():
    print(v)

