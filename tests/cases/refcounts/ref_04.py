import sys
class O: pass
x = O()
t = None
print(sys.getrefcount(x))
t = (x, 1)
print(sys.getrefcount(x))
