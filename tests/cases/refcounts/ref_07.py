import sys
class O: pass
x = O()
it = None
print(sys.getrefcount(x))
it = iter([x])
print(sys.getrefcount(x))
