import weakref
class A: pass
a = A(); b = A()
r = weakref.ref(a); s = weakref.ref(a, lambda x: None); t = weakref.ref(b)
print(r == s, r == t, r != t, hash(r) == hash(a), repr(r)[:9])
del a
print(r == s, r == r)
