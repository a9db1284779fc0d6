
for k in range(2):
    L = [i % 50 for i in range(20000)]
    r = [(x, id(x)) for x in L]

L = [1000 + (i * 37) % 20011 for i in range(20000)]
L.sort()
a, b, c = id(L[0]), id(L[-1]), id(L[5000])
del L
x = int('1000001')
y = int('1000002')
print(id(x) == a, id(x) == b, id(x) == c, id(y) == a, id(y) == b)
