import sys
s = 'some text'
print(sys.getrefcount(s) >= 2)
l = [object()]
m = max(l, key=id)
print(sys.getrefcount(m))
k = sorted(l)[0] if False else l[0]
print(sys.getrefcount(k))
d = {'a': l[0]}
v = d.get('a')
print(sys.getrefcount(v))
v2 = d.pop('a')
print(sys.getrefcount(v2))
print(sys.getrefcount(getattr(sys, 'maxsize')) > 0)
