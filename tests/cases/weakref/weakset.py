# WeakSet: membership follows the objects' lives
import weakref, gc

class T:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'T%d' % self.n

ts = [T(i) for i in range(5)]
ws = weakref.WeakSet(ts[:3])
print(len(ws), ts[0] in ws, ts[4] in ws, 3 in ws, sorted(t.n for t in ws))
ws.add(ts[3])
ws.add(ts[3])
print(len(ws), type(ws).__name__, type(ws).__module__)
del ts[0]
print(len(ws), sorted(t.n for t in ws))
ws.discard(ts[0])
print(len(ws), sorted(t.n for t in ws))
ws.remove(ts[1])
try:
    ws.remove(ts[1])
except KeyError:
    print('KeyError')
print(sorted(t.n for t in ws))
other = weakref.WeakSet([ts[2], ts[3]])
print(ws == other, ws != other, ws <= other, ws >= other, ws < other)
u = ws | weakref.WeakSet([ts[0]])
print(sorted(t.n for t in u), sorted(t.n for t in (u - ws)), sorted(t.n for t in (u & ws)))
print(sorted(t.n for t in ws.union([ts[1]])), ws.isdisjoint([ts[0]]), ws.issubset(ts))
x = T(10)
x.me = x
ws.add(x)
del x
print(len(ws))
gc.collect()
print(len(ws))
p = ws.pop()
print(p in ts, len(ws))
ws.clear()
print(len(ws), list(ws), repr(ws))
try:
    ws.pop()
except KeyError as e:
    print('KeyError', e)
# removals during iteration are deferred
a, b = T(20), T(21)
ws2 = weakref.WeakSet([a, b])
it = iter(ws2)
first = next(it)
first = None
del a, b
print(len(ws2), len(ws2._pending_removals))
print(list(it), len(ws2))
print(hash(ws2) if ws2.__hash__ else 'unhashable')
