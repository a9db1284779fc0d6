import sys
class O: pass
o = O(); h = O()
h.a = o; h.b = o
print(sys.getrefcount(o))
del h.a
print(sys.getrefcount(o))
h = None
print(sys.getrefcount(o))
