l = [3, 1, 2]
l.append(5); l.extend([0]); l.insert(1, 9)
print(l, l.pop(), l.pop(0), l)
l.sort(); print(l); l.reverse(); print(l)
l[1:3] = ["a", "b", "c"]; print(l)
del l[::2]; print(l)
print([1, 2] * 3, [[0] * 2] * 2)
