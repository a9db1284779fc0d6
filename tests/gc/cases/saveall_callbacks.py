import gc
gc.disable()
log = []
def cb(phase, info):
    log.append((phase, info))
gc.callbacks.append(cb)
a = []; a.append(a)
del a
print(gc.collect())
gc.callbacks.remove(cb)
print(log)
gc.set_debug(gc.DEBUG_SAVEALL)
b = []; b.append(b)
del b
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
gc.garbage.clear()
print(gc.DEBUG_LEAK, gc.get_debug())
def badcb(phase, info):
    raise RuntimeError(phase)
gc.callbacks.append(badcb)
print(gc.collect())
gc.callbacks.clear()
try:
    gc.collect(3)
except ValueError as e:
    print(e)
