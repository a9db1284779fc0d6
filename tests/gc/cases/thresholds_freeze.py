import gc
print(gc.isenabled(), gc.get_threshold())
gc.set_threshold(5, 2, 2)
print(gc.get_threshold())
class N:
    pass
freed = 0
class D:
    def __del__(self):
        global freed
        freed += 1
for i in range(50):
    d = D(); d.me = d
    del d
print("auto freed some:", freed > 0)
gc.set_threshold(700, 10, 10)
gc.collect()
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count()[0])
gc.unfreeze()
print(gc.get_freeze_count())
x = []
print(gc.is_tracked(x), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked({'a': []}))
print(gc.get_referents([1, 2]) == [2, 1] or gc.get_referents([1, 2]))
y = [x]
print(any(r is y for r in gc.get_referrers(x)))
