def countdown(n):
    while n > 0:
        received = yield n
        if received: n = received
        else: n -= 1
g = countdown(3)
print(next(g), g.send(5), next(g), list(g))
def chain(*its):
    for it in its: yield from it
print(list(chain([1], (2, 3), 'ab', range(2))))
def deleg():
    yield from gen_raise()
def gen_raise():
    yield 1
    raise ValueError('inner')
d = deleg(); print(next(d))
try: next(d)
except ValueError as e: print('propagated', e)
def sub():
    try:
        yield 1
    except KeyError:
        yield 'sub caught'
def top():
    yield from sub()
t = top(); next(t); print(t.throw(KeyError))
e = (x * 2 for x in range(3)); print(next(e), list(e), list(e))
def gen_state():
    yield 1
gs = gen_state(); print(gs.gi_running, gs.__name__, type(gs).__name__)
def infinite():
    i = 0
    while True:
        yield i
        i += 1
import sys
inf = infinite(); print([next(inf) for _ in range(5)])
def early_return(flag):
    if flag: return 'r'
    yield 1
print(list(early_return(True)), list(early_return(False)))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print('closing cleanup')
c = closing(); next(c); del c
print('after del')
def two():
    x = yield
    y = yield x * 2
    return x + y
t2 = two(); next(t2); print(t2.send(3))
try: t2.send(4)
except StopIteration as s: print('value', s.value)
