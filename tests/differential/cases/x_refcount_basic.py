import sys
class O: pass
o = O()
print(sys.getrefcount(o))
l = [o, o]
print(sys.getrefcount(o))
d = {"k": o}
print(sys.getrefcount(o))
del l
print(sys.getrefcount(o))
