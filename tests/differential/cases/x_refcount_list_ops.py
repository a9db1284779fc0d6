import sys
class O: pass
o = O()
l = []
for i in range(5):
    l.append(o)
print(sys.getrefcount(o))
l.pop(); print(sys.getrefcount(o))
l.clear(); print(sys.getrefcount(o))
