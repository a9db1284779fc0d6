import gc
gc.disable()
a = []
a.append(a)
del a
print(gc.collect())
d = {}
d['self'] = d
del d
print(gc.collect())
t = ([],)
t[0].append(t)
del t
print(gc.collect())
print(gc.collect())
