# Index-taking places with ints beyond Py_ssize_t, and non-int indexes (PyNumber_AsSsize_t and the clinic converters)
big = 2**70
L = [1, 2, 3]; T = (1, 2, 3); S = 'abc'; B = b'abc'; BA = bytearray(b'abc'); R = range(10)
tests = [
 ('L[big]', lambda: L[big]), ('L[-big]', lambda: L[-big]), ('T[big]', lambda: T[big]), ('S[big]', lambda: S[big]),
 ('B[big]', lambda: B[big]), ('BA[big]', lambda: BA[big]), ('R[big]', lambda: R[big]), ('R[-big]', lambda: R[-big]),
 ('L[1:big]', lambda: L[1:big]), ('L[-big:big]', lambda: L[-big:big]), ('L[::big]', lambda: L[::big]), ('L[::-big]', lambda: L[::-big]),
 ('S[::big]', lambda: S[::big]), ('R[big:]', lambda: R[big:]),
 ('L.pop(big)', lambda: L.pop(big)), ('L.insert(big, 0)', lambda: L.insert(big, 0)), ('L*big', lambda: L*big), ('S*big', lambda: S*big),
 ('B*big', lambda: B*big), ('T*big', lambda: T*big), ('big*L', lambda: big*L), ('L*-big', lambda: L*-big), ('S*-big', lambda: S*-big),
 ('L[big]=1', lambda: L.__setitem__(big, 1)), ('del L[big]', lambda: L.__delitem__(big)), ('BA[big]=1', lambda: BA.__setitem__(big, 1)),
 ('L.index(1, big)', lambda: L.index(1, big)), ('L.index(1, 0, big)', lambda: L.index(1, 0, big)), ('T.index(1, big)', lambda: T.index(1, big)),
 ('S.find("a", big)', lambda: S.find('a', big)), ('S.index("a", 0, big)', lambda: S.index('a', 0, big)), ('S.count("a", big)', lambda: S.count('a', big)),
 ('S.ljust(big)', lambda: S.ljust(big)), ('S.center(big)', lambda: S.center(big)), ('S.zfill(big)', lambda: S.zfill(big)), ('S.expandtabs(big)', lambda: S.expandtabs(big)),
 ('S.split(None, big)', lambda: S.split(None, big)), ('S.replace("a","b",big)', lambda: S.replace('a','b',big)),
 ('bytes(big)', lambda: bytes(big)), ('bytearray(big)', lambda: bytearray(big)), ('range(big)[0]', lambda: range(big)[0]), 
 ('L[1.5]', lambda: L[1.5]), ('L["a"]', lambda: L['a']), ('T[1.5]', lambda: T[1.5]), ('S[1.5]', lambda: S[1.5]), ('R[1.5]', lambda: R[1.5]),
 ('L[1.5:]', lambda: L[1.5:]), ('S[:"a"]', lambda: S[:'a']), ('L[::0]', lambda: L[::0]), ('L.pop(1.5)', lambda: L.pop(1.5)), ('L.insert(1.5, 0)', lambda: L.insert(1.5, 0)),
 ('L*1.5', lambda: L*1.5), ('S*1.5', lambda: S*1.5), ('B[1.5]', lambda: B[1.5]), ('BA[1.5]', lambda: BA[1.5]), ('hex(1.5)', lambda: hex(1.5)),
 ('[].pop(big)', lambda: [].pop(big)), ('L[True]', lambda: L[True]), ('S.startswith("a", big)', lambda: S.startswith('a', big)),
 ('slice(big).indices(5)', lambda: slice(big).indices(5)), ('slice(0,5,0).indices(5)', lambda: slice(0,5,0).indices(5)),
 ('L[2**63]', lambda: L[2**63]), ('L[2**63-1]', lambda: L[2**63-1]), ('L[-2**63]', lambda: L[-2**63]), ('L[-2**63-1]', lambda: L[-2**63-1]),
 ('S[2**62]', lambda: S[2**62]), ('L*(2**62)', lambda: L*(2**62)), ('S*(2**40)', lambda: S*(2**40)), ('range(big)[big]', lambda: range(big)[big]),
 ('range(0, big*2, 2)[big]', lambda: range(0, big*2, 2)[big]), 
 ('int.to_bytes(1, big, "big")', lambda: (1).to_bytes(big, 'big')), ('round(1.5, big)', lambda: round(1.5, big)), ('chr(big)', lambda: chr(big)),
 ('list(range(5))[big:]', lambda: list(range(5))[big:]), ('"x".rjust(big)', lambda: 'x'.rjust(big)), 
]
for name, f in tests:
    try:
        r = f()
        print(name, '->', repr(r)[:50])
    except Exception as e:
        print(name, '!!', type(e).__name__, e)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
for f in [lambda: L[Idx(big)], lambda: L * Idx(big), lambda: L[Idx(-1)], lambda: 'ab' * Idx(2), lambda: L.pop(Idx(big)), lambda: [1, 2, 3, 2].index(2, Idx(2))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
L2 = [1, 2, 3, 1]
print(L2.index(1, 1), L2.index(1, -1), L2.index(1, -100), (1, 2, 1).index(1, 1, 3), L2.index(1, 0, -1))
for f in [lambda: L2.index(1, 1.5), lambda: L2.index(1, None), lambda: L2.index(), lambda: L2.index(1, 2, 3, 4), lambda: (1,).index(1, 'a'), lambda: (1,).index(), lambda: L2.index(2, 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
