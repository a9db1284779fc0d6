import sys
a = 1.5
print(sys.getrefcount(a))
b = [2.5]
print(sys.getrefcount(b[0]))
c = [3.5]; d = [3.5]
print(sys.getrefcount(c[0]))
e = (1, 2)
print(sys.getrefcount(e))
f = [(4, 5)]
print(sys.getrefcount(f[0]))
def g():
    return [6.5]
print(sys.getrefcount(g()[0]))
h = {7.5: 8.5}
print(sys.getrefcount(list(h)[0]))
