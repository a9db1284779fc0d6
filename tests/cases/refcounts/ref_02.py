import sys
class O: pass
x = O()
d = {}
print(sys.getrefcount(x))
d[x] = 1
print(sys.getrefcount(x))
