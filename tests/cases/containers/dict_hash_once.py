# How many times __hash__ and __eq__ run for dict operations.
import gc
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("hash", self.n)
        return self.n
    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n
d = {}
d[K(1)] = 1
d[K(2)] = 2
d[K(1)] = 3
print(len(d), K(2) in d, d.get(K(3)))
for i in range(3, 9):
    d[K(i)] = i
e = {K(1): 1, K(9): 9}
print(len(e))
del d[K(4)]
d.pop(K(5))
print(len(d))
f = {}
try:
    f[[]] = []
except TypeError as ex:
    print(ex)
print(gc.is_tracked(f))
