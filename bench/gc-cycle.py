# Collects a 1,000,000-list cycle; prints the count and the seconds gc.collect() took.
# glasspy: node dist/glasspy.mjs run bench/gc-cycle.py   CPython: python3 bench/gc-cycle.py
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
print(n, round(time.perf_counter() - t, 3))
