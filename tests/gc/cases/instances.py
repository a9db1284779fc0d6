import gc
gc.disable()
class A:
    pass
a = A(); b = A()
a.b = b; b.a = a
del a, b
print(gc.collect())
a = A(); a.__dict__; a.me = a
del a
print(gc.collect())
class M:
    def m(self): pass
x = M(); x.bm = x.m
del x
print(gc.collect())
def outer():
    def inner():
        return inner
    return inner
f = outer()
del f
print(gc.collect())
