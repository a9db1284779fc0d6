# Scale benchmark of the cycle collector (bench/gc-side-by-side.mjs runs it beside python3):
# a heap of a million tracked objects that all stay reachable; time two full collections
# (the first moves everything to the oldest generation, the second finds it all there).
import gc, time
gc.disable()
heap = [[i] for i in range(500000)]
heap += [{"k": [i]} for i in range(250000)]
t = time.perf_counter()
a = gc.collect()
b = gc.collect()
dt = time.perf_counter() - t
print("collected:", a, b, "tracked:", len(gc.get_objects()) >= 1000000)
print("gc-seconds:", round(dt, 4))
