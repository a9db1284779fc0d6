# Scale benchmark of the cycle collector (bench/gc-side-by-side.mjs runs it beside python3):
# 300,000 small garbage cycles made with automatic collection on (default thresholds); the
# time spent inside collections is summed through gc.callbacks.
import gc, time


class Node:
    def __init__(self, other):
        self.other = other


spent = 0.0
started = 0.0


def timer(phase, info):
    global spent, started
    if phase == "start":
        started = time.perf_counter()
    else:
        spent += time.perf_counter() - started


gc.collect()
gc.callbacks.append(timer)
t = time.perf_counter()
for i in range(300000):
    a = Node(None)
    b = Node(a)
    a.other = b
    c = [a, b]
    c.append(c)
del a, b, c
total = time.perf_counter() - t
gc.callbacks.remove(timer)
print("cycles left for a last collection:", gc.collect() > 0)
print("gc-seconds:", round(spent, 4))
print("total-seconds:", round(total, 4))
