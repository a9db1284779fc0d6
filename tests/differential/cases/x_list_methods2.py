l = [5, 3, 5, 1]
print(l.index(5), l.count(5), sorted(l), l.copy() == l, l.remove(5), l)
l2 = l[:]; l2 += [7]; print(l, l2, l * 0, [] == [], [1, [2]] == [1, [2]], [1, 2] < [1, 2, 0])
print(list("abc"), list((1, 2)), list({"k": 1}), [x for x in reversed(range(3))])
