import sys
class O: pass
x = O()
e = None
print(sys.getrefcount(x))
e = KeyError(x)
print(sys.getrefcount(x))
