L = [3, 1, 2]
L.sort()
print(L)
L.reverse()
print(L, L.index(2), L.count(1))
L.insert(0, 9)
L.extend([7, 8])
print(L, L[1:3], L[::2])
del L[0]
print(L, L * 2, [1] + [2])
