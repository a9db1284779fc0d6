# find/rfind/index/rindex/count/startswith/endswith with ints, bytes and start/end
s = b'abracadabra'
print(s.find(b'bra'), s.rfind(b'bra'), s.find(b'x'), s.find(97), s.find(b'a', 1), s.find(b'a', 1, 3))
print(s.index(b'cad'), s.rindex(97), s.count(b'a'), s.count(b'a', 4), s.count(b''), s.count(98))
print(s.startswith(b'abr'), s.startswith((b'x', b'ab')), s.startswith(b'bra', 1), s.endswith(b'bra'), s.endswith(b'bra', 0, 4))
print(s.find(b''), s.find(b'', 20), s.rfind(b''), s.count(b'', 20))
for bad in [lambda: s.index(b'z'), lambda: s.find('a'), lambda: s.count(300), lambda: s.startswith('a'),
            lambda: s.rindex(b'q'), lambda: s.endswith([b'a'])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
