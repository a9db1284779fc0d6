# sizes and gc tracking of the weakref module's objects (Python classes in CPython too)
import weakref, sys, gc
class C: pass
c = C()
objs = [weakref.WeakValueDictionary(), weakref.WeakKeyDictionary(), weakref.WeakSet(), weakref.finalize(c, len), weakref.proxy(c), weakref.ref(c, lambda r: print('ref callback at exit', r() is None)), weakref.KeyedRef(c, None, 1), weakref.WeakMethod(C().__init__) if False else None]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o), gc.is_tracked(o))
f = objs[3]
print(sys.getsizeof(weakref.finalize._registry[f]))
print(type(weakref.finalize._registry[f]).__name__, weakref.finalize._Info.__slots__)
print(sys.getrefcount(weakref.finalize), weakref.finalize.__slots__)
f.detach()
