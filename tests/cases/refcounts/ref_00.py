import sys
class O: pass
x = O()
L = [x]
print(sys.getrefcount(x))
L.append(x)
print(sys.getrefcount(x))
