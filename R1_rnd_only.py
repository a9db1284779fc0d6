
seed = 7
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed

for k in range(2):
    L = [rnd() % 50 - 16 for _ in range(20000)]

L = [1000 + (i * 37) % 20011 for i in range(20000)]
L.sort()
a, b, c = id(L[0]), id(L[-1]), id(L[5000])
del L
x = int('1000001')
y = int('1000002')
print(id(x) == a, id(x) == b, id(x) == c, id(y) == a, id(y) == b)
