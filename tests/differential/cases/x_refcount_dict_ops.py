import sys
class O: pass
o = O()
d = {}
d[1] = o; d[2] = o
print(sys.getrefcount(o))
d.pop(1); print(sys.getrefcount(o))
d2 = dict(d); print(sys.getrefcount(o))
d.clear(); d2.clear(); print(sys.getrefcount(o))
