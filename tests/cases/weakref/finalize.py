# weakref.finalize: called once on death, alive/peek/detach, explicit calls, and the ones
# still alive at exit run newest first (unless atexit is False)
import weakref, gc

class R:
    def __init__(self, name):
        self.name = name

def report(*args, **kw):
    print('finalizer', args, sorted(kw.items()))
    return 'result'

a = R('a')
fa = weakref.finalize(a, report, 'a', 1, key='v')
print(fa.alive, fa.atexit, type(fa).__name__)
obj, func, args, kw = fa.peek()
print(obj is a, func is report, args, kw)
print(repr(fa) == "<finalize object at %#x; for 'R' at %#x>" % (id(fa), id(a)))
del a, obj
print(fa.alive, fa.peek(), fa(), repr(fa) == '<finalize object at %#x; dead>' % id(fa))

b = R('b')
fb = weakref.finalize(b, report, 'b')
print(fb(), fb.alive, fb(), fb.detach())
c = R('c')
fc = weakref.finalize(c, report, 'c')
det = fc.detach()
print(det[0] is c, det[2], fc.alive, fc.detach())
del c, det
print('c gone, no call')

# a finalizer on an object in a cycle runs when the cycle is collected
d = R('d')
d.me = d
fd = weakref.finalize(d, report, 'd')
del d
print('before collect', fd.alive)
gc.collect()
print('after collect', fd.alive)

# finalizers still alive at exit: newest first; atexit=False ones are skipped
keep = [R('k1'), R('k2'), R('k3'), R('k4')]
for k in keep:
    weakref.finalize(k, report, k.name)
f3 = weakref.finalize(keep[2], report, 'k3-second')
f3.atexit = False
print(f3.atexit)
class Late:
    def __del__(self):
        print('Late.__del__')
late = Late()
print('end of script')
