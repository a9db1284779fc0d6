# iteration guards: an iteration left suspended defers removals until the generator is closed
import weakref, gc
class V: pass
vs = [V() for i in range(4)]
w = weakref.WeakValueDictionary(enumerate(vs))
for k in w:
    break
print(len(w._iterating), len(w))
it = iter(w.items())
next(it)
vs.pop()
print(len(w._iterating), len(w._pending_removals), len(w))
del it
print(len(w._iterating), len(w._pending_removals), len(w))
ws = weakref.WeakSet(vs)
g = iter(ws)
next(g)
vs.pop()
print(len(ws), len(ws._pending_removals))
g.close()
print(len(ws), len(ws._pending_removals))
k = weakref.WeakKeyDictionary({v: i for i, v in enumerate(vs)})
g = k.items()
next(g)
vs.pop()
print(len(k), len(k._pending_removals))
g = None
print(len(k), len(k._pending_removals), len(k.data))
