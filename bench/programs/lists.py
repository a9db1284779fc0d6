# List building, sorting and indexing.
L = []
for i in range(600000):
    L.append((i * 7919) % 100003)
L.sort()
s = 0
for i in range(0, len(L), 3):
    s += L[i] - L[-1 - i]
print(s, L[0], L[-1], len(L))
