# iteration guards: an iteration left suspended defers removals until the generator is closed
import weakref, gc
class V: pass
vs = [V() for i in range(4)]
w = weakref.WeakValueDictionary(enumerate(vs))
for k in w:
    break
print(len(w._iterating), len(w))
it = iter(w.items())
held = next(it)[1]
victim = vs[0] if vs[0] is not held else vs[1]
vs.remove(victim)
del victim, held
print(len(w._iterating), len(w._pending_removals), len(w))
del it
print(len(w._iterating), len(w._pending_removals), len(w))
ws = weakref.WeakSet(vs)
g = iter(ws)
held = next(g)
victim = vs[0] if vs[0] is not held else vs[1]
vs.remove(victim)
del victim, held
print(len(ws), len(ws._pending_removals))
g.close()
print(len(ws), len(ws._pending_removals))
k = weakref.WeakKeyDictionary({v: i for i, v in enumerate(vs)})
g = k.items()
held = next(g)[0]
victim = vs[0] if vs[0] is not held else vs[1]
vs.remove(victim)
del victim, held
print(len(k), len(k._pending_removals))
g = None
print(len(k), len(k._pending_removals), len(k.data))
