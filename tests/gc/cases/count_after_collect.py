# gc.get_count() right after a full collection, which empties the free lists: every GC
# allocation shows, including the argument tuple of the METH_VARARGS functions
# (set_threshold, get_referents, get_referrers) and automatic collections' resets.
import gc

gc.collect()
a = gc.get_count()
gc.set_threshold(700, 10, 10)
b = gc.get_count()
gc.get_referents(a)
c = gc.get_count()
gc.get_referrers(a)
d = gc.get_count()
print(a, b, c, d)
gc.collect()
gc.set_threshold(10, 3, 3)
keep = []
res = []
for i in range(60):
    keep.append([])
    res.append(gc.get_count())
print(res)
gc.set_threshold(700, 10, 10)
