import sys
class O: pass
x = O()
f = None
print(sys.getrefcount(x))
f = lambda a=x: a
print(sys.getrefcount(x))
