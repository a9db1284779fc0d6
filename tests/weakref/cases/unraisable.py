# "Exception ignored in" reports (PyErr_WriteUnraisable) from __del__, weakref callbacks, gc
# callbacks and finalize callbacks; the script goes on each time
import weakref, gc

class Boom:
    def __del__(self):
        raise ValueError('from __del__')

b = Boom()
del b
print('after refcount __del__')

c = Boom()
c.me = c
del c
print('collected', gc.collect())

class T:
    pass

def bad_callback(w):
    return 1 / 0

t = T()
r = weakref.ref(t, bad_callback)
del t
print('after weakref callback')

t2 = T()
t2.me = t2
r2 = weakref.ref(t2, bad_callback)
del t2
print('collected', gc.collect())

def gc_cb(phase, info):
    if phase == 'stop':
        raise KeyError(phase)
gc.callbacks.append(gc_cb)
gc.collect()
gc.callbacks.remove(gc_cb)
print('after gc callback')

def failing(x):
    raise RuntimeError('finalizer failed: %s' % x)
t4 = T()
f = weakref.finalize(t4, failing, 'death')
del t4
print('after finalize at death', f.alive)

class BadRepr:
    def __repr__(self):
        raise TypeError('no repr')
    def __call__(self, w):
        raise OSError('callback of BadRepr')
t5 = T()
r5 = weakref.ref(t5, BadRepr())
del t5
print('after bad repr')

class Chained:
    def __del__(self):
        try:
            {}['k']
        except KeyError:
            raise AttributeError('while handling')
x = Chained()
del x
print('end')
