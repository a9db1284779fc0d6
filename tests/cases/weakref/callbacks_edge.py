# callback edge cases: a callback dropping another weakref of the same object (3.11 snapshots
# the pairs first), resurrection in __del__, proxies with callbacks, the list order
import weakref, gc, sys
class C: pass
c = C()
refs = {}
def cb1(w):
    print('cb1', len(refs))
    refs.pop('r2', None)
def cb2(w):
    print('cb2', len(refs))
refs['r2'] = weakref.ref(c, cb2)
refs['r1'] = weakref.ref(c, cb1)
del c
print(list(refs), refs["r1"]())
# resurrection in __del__ keeps weakrefs? 
saved = []
class R:
    def __del__(self):
        saved.append(self)
r = R()
w = weakref.ref(r, lambda x: print('R callback'))
del r
print(w() is saved[0], len(saved))
saved.clear()
print(w())
# callback on a proxy and a ref to the same object, with a shared basic ref
class D: pass
d = D()
p = weakref.proxy(d, lambda x: print('proxy cb', type(x).__name__))
r0 = weakref.ref(d)
r1 = weakref.ref(d, lambda x: print('ref cb'))
p0 = weakref.proxy(d)
print([type(x).__name__ for x in weakref.getweakrefs(d)])
del d
# collect with weakref to a resurrected object
class Z:
    def __del__(self):
        global z_saved
        z_saved = self
z = Z(); z.me = z
wz = weakref.ref(z, lambda x: print('Z callback'))
del z
print(gc.collect(), wz(), type(z_saved).__name__)
