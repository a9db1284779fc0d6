import sys
class O: pass
x = O()
s = set()
print(sys.getrefcount(x))
s.add(x)
print(sys.getrefcount(x))
