import gc
gc.disable()
class A:
    pass
a = A(); a.me = a
del a
gc.set_debug(gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE)
print(gc.collect())
gc.set_debug(0)
l = []; l.append(l)
del l
gc.set_debug(gc.DEBUG_LEAK)
print(gc.collect())
gc.set_debug(0)
print(len(gc.garbage), type(gc.garbage[0]).__name__)
