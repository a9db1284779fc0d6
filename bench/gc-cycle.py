# Scale benchmark of the cycle collector (bench/gc-side-by-side.mjs runs it beside python3):
# build a cycle of 1,000,000 lists, drop it, time the gc.collect() that frees it.
import gc, time
gc.disable()
head = [None]
node = head
for i in range(1000000):
    nxt = [None]
    node[0] = nxt
    node = nxt
node[0] = head
del node, nxt, head
t = time.perf_counter()
n = gc.collect()
print("collected:", n)
print("gc-seconds:", round(time.perf_counter() - t, 4))
