class O: pass
a = O()
x = id(a)
del a
b = O()
print(id(b) == x)
print(id(1) == id(1), [] is [])
