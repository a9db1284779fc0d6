l = list(range(10))
print(l[2:8:2], l[::-3], l[-3:], l[:0])
l[2:4] = ['a', 'b', 'c']
print(l)
l[::2] = [0] * len(l[::2])
print(l)
del l[1::2]
print(l)
l.reverse(); print(l)
l = [3, 1, 2]; l.sort(reverse=True); print(l, sorted('hello'), [1, 2] * 2, [[0]] * 2)
print(l.copy() is l, l.copy() == l, list('abc'), [x for x in 'ab' for y in range(2)])
print([1, 2, 3].index(2), [].count(1), 3 in [1, 2, 3], [1, [2, [3]]])
