import gc, weakref
gc.disable()
class T:
    def __del__(self):
        print("del T")
t = T()
r1 = weakref.ref(t)
r2 = weakref.ref(t)
print(r1 is r2, weakref.getweakrefcount(t))
c1 = weakref.ref(t, lambda r: print("cb1", r() is None))
c2 = weakref.ref(t, lambda r: print("cb2", r() is None))
print(weakref.getweakrefcount(t), weakref.getweakrefs(t)[0] is r1)
del t
print(r1(), c1())
u = T(); u.me = u
w = weakref.ref(u, lambda r: print("cb u", r() is None))
del u
print("collected", gc.collect())
v = T(); v.me = v
v.w = weakref.ref(v, lambda r: print("never"))
del v
print("collected", gc.collect())
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
