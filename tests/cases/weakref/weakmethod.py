# WeakMethod: a weak reference to a bound method, dead when the instance or function dies
import weakref

class A:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n

a = A(3)
wm = weakref.WeakMethod(a.get)
print(wm()(), wm() == a.get, type(wm()).__name__, isinstance(wm, weakref.ref))
wm2 = weakref.WeakMethod(a.get)
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2), wm is wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
def cb(r):
    print('method died', r is wm3, r())
wm3 = weakref.WeakMethod(a.get, cb)
del a
print(wm(), wm3(), wm == wm2, wm == wm)
b = A(4)
def func(self):
    return 'f%d' % self.n
A.f = func
wf = weakref.WeakMethod(b.f, cb)
del func
print(wf()())
del A.f
print(wf())
