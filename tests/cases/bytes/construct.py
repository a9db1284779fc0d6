# bytes(): from an int count, an iterable of ints, str with an encoding, another buffer
print(bytes(), bytes(0), bytes(4))
print(bytes([0, 1, 127, 128, 255]), bytes(range(65, 70)), bytes((97, 98)))
print(bytes('héllo', 'utf-8'), bytes('héllo', 'latin-1'), bytes('abc', 'ascii'))
print(bytes('é', 'ascii', 'replace'), bytes('é', 'ascii', 'ignore'), bytes('é€', encoding='ascii', errors='xmlcharrefreplace'))
print(bytes(bytearray(b'xy')), bytes(b'z'), bytes(x for x in [104, 105]))
class B:
    def __bytes__(self):
        return b'from __bytes__'
print(bytes(B()))
for bad in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(['a']), lambda: bytes('abc'),
            lambda: bytes(1.5), lambda: bytes(None), lambda: bytes('x', 'nope'), lambda: bytes(3, 'utf-8'),
            lambda: bytes('é', 'ascii')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
