import sys
class O: pass
x = O()
m = None
print(sys.getrefcount(x))
m = [[x], [x]]
print(sys.getrefcount(x))
