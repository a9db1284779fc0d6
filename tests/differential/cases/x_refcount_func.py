import sys
class O: pass
def f(x):
    return sys.getrefcount(x)
o = O()
print(sys.getrefcount(o), f(o))
t = (o,)
print(sys.getrefcount(o))
del t
print(sys.getrefcount(o))
