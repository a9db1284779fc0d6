def g():
    try:
        x = yield 1
        print('got', x)
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'after-throw'
    finally:
        print('fin')
it = g()
print(next(it), it.send('s'), it.throw(ValueError('v')))
try: next(it)
except StopIteration: print('done')
def h():
    yield 1
    yield 2
it = h(); next(it); it.close(); print(list(it))
def k():
    try: yield 1
    except GeneratorExit: print('exit'); raise
it = k(); next(it); it.close()
def bad():
    try: yield 1
    except GeneratorExit: yield 2
it = bad(); next(it)
try: it.close()
except RuntimeError as e: print(e)
def inner():
    v = yield 'i1'
    print('inner got', v)
    return 'iret'
def outer():
    r = yield from inner()
    print('r', r)
    yield from [10, 20]
o = outer(); print(next(o), o.send('x'), next(o))
def fresh(): yield 1
f = fresh()
try: f.send(5)
except TypeError as e: print(e)
print(list(fresh()), next(fresh()))
def th():
    yield 1
t = th()
try: t.throw(KeyError('early'))
except KeyError as e: print('early', e)
def re():
    yield 1
r = re(); next(r)
try: r.throw(TypeError)
except TypeError as e: print('type', repr(e))
