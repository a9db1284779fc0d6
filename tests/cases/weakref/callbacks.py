# weakref callbacks: on refcount death (after __del__, newest first), in a collected cycle
# (before any __del__), and never for weakrefs that are themselves garbage
import weakref, gc

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)

def cb_named(tag):
    def cb(w):
        print('callback', tag, w())
    return cb

a = C('a')
ra = weakref.ref(a, cb_named(1))
rb = weakref.ref(a, cb_named(2))
rc = weakref.ref(a, cb_named(3))
plain = weakref.ref(a)
print('count', weakref.getweakrefcount(a))
del a
print('after del a', plain(), ra())

# a weakref that dies before its referent never calls back
b = C('b')
rb2 = weakref.ref(b, cb_named('never'))
del rb2
del b

# a cycle with an external weakref: callback first, then __del__
gc.collect()
x = C('x')
x.self = x
rx = weakref.ref(x, cb_named('x'))
del x
print('collect ->', gc.collect())
print('rx()', rx())

# a cycle holding a weakref (with callback) to itself: the weakref is trash, no call
y = C('y')
y.w = weakref.ref(y, cb_named('y-self'))
y.self = y
del y
print('collect ->', gc.collect())

# two objects in a cycle, each with an outside weakref: both callbacks before any __del__
p = C('p')
q = C('q')
p.other = q
q.other = p
rp = weakref.ref(p, cb_named('p'))
rq = weakref.ref(q, cb_named('q'))
del p, q
print('collect ->', gc.collect())

# a weakref freed by its own callback is counted by collect()
holder = {}
z = C('z')
z.self = z
def drop(w):
    print('drop called')
    del holder['w']
holder['w'] = weakref.ref(z, drop)
del z
print('collect ->', gc.collect())

# a callback that makes new weakrefs and refers to other objects
keep = []
m = C('m')
def cb_new(w):
    n = C('n')
    keep.append(weakref.ref(n, cb_named('n')))
    print('made n')
rm = weakref.ref(m, cb_new)
del m
print('keep', [k() for k in keep])
print('end')
