# 09 generations and thresholds: the collector runs by itself. Every new container
# (an object that can be part of a cycle: list, dict, instance, tuple...) adds 1 to
# generation 0's count; when the count passes threshold0, generation 0 is collected
# and its survivors move to generation 1. Every threshold1 collections of
# generation 0, generation 1 is collected too, and so on up to generation 2.
import gc

print("default thresholds:", gc.get_threshold())

generations = []
freed = []


def on_gc(phase, info):
    # gc.callbacks hear about every collection, automatic ones included.
    if phase == "stop":
        generations.append(info["generation"])
        freed.append(info["collected"])


gc.set_threshold(10, 3, 100)
print("thresholds now:", gc.get_threshold())
keep = []
gc.collect()                 # empty the young generations
gc.callbacks.append(on_gc)
before = gc.get_count()[0]
for i in range(5):
    keep.append([i])         # one new list: +1 for generation 0
after = gc.get_count()[0]
# 6 = the five lists + the tuple the first get_count() returned (a container too;
# freed onto the tuple free list, it still counts until the next collection).
print("five new lists: generation 0's count grew by", after - before)

for i in range(60):
    keep.append([i])         # enough new lists to trigger automatic collections
gc.callbacks.remove(on_gc)

print("automatic collections, by generation:", generations)
print("generation 0 collections:", generations.count(0))
print("generation 1 collections (once its count passed 3):", generations.count(1))
print("objects they freed:", sum(freed), "(all the lists are still in use)")

# A cycle made and dropped is freed by the next automatic collection, with no
# gc.collect() call anywhere.
generations.clear()
freed.clear()
cycle = []
cycle.append(cycle)
del cycle
gc.callbacks.append(on_gc)
for i in range(20):
    keep.append([i])
gc.callbacks.remove(on_gc)
print("after dropping a cycle, collections by generation:", generations)
print("objects freed automatically:", sum(freed))
gc.set_threshold(700, 10, 10)
