import sys
class O: pass
x = O()
g = None
print(sys.getrefcount(x))
g = (y for y in [x])
print(sys.getrefcount(x))
