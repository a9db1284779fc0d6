l = [1]
l.append(l)
print(l)
d = {'a': 1}
d['self'] = d
print(d)
class R:
    def __repr__(self): return 'R!'
print([R(), (R(),)], str(R()), f'{R()!r}')
class S:
    def __str__(self): return 'S-str'
print(S(), [S()] == [S()], str([1.0, 'x']))
