# at exit: atexit callbacks (newest first, errors reported "in atexit callback"), then the
# finalizers still alive (errors printed as tracebacks), then the collector's teardown
import atexit, weakref

def first():
    print('atexit first')

def second(a, b=0):
    print('atexit second', a, b)
    raise ValueError('second failed')

atexit.register(first)
atexit.register(second, 1, b=2)
def removed():
    print('never')
atexit.register(removed)
atexit.unregister(removed)

class R:
    pass

def fin(name):
    print('finalizer', name)
    if name == 'bad':
        raise LookupError(name)

keep = [R(), R(), R()]
weakref.finalize(keep[0], fin, 'one')
weakref.finalize(keep[1], fin, 'bad')
weakref.finalize(keep[2], fin, 'three')

class D:
    def __del__(self):
        print('D.__del__')
        raise TypeError('in __del__ at exit')
d = D()
print('end of script')
