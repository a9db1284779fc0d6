import sys
class O: pass
x = O()
d = {}
print(sys.getrefcount(x))
d["k"] = x
print(sys.getrefcount(x))
