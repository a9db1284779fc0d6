# subclasses of bytes, bytearray and complex; translate/maketrans; dunders; gc tracking
import sys, gc
class B(bytes):
    pass
class BA(bytearray):
    def hello(self):
        return 'hi'
class C(complex):
    pass
b = B(b'xyz')
print(b, repr(b), type(b).__name__, b == b'xyz', b[0], b[1:], type(b[1:]).__name__, sys.getsizeof(b), len(b))
b.attr = 5
print(b.attr, isinstance(b, bytes), hash(b) == hash(b'xyz'))
ba = BA(b'abc')
ba.append(100)
print(ba, ba.hello(), type(ba + b'x').__name__, sys.getsizeof(ba))
c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, sys.getsizeof(c))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), b'aabbcc'.translate(t), b'abc-abc'.translate(None, b'-b'), bytearray(b'cab').translate(t, b'a'))
print(ascii(b'\xff'), ascii(1j), str(bytearray(b'a')), f'{b"ab"!s:>8}', f"{bytearray(b'q')!r}")
print(gc.is_tracked(b'abc'), gc.is_tracked(bytearray()), gc.is_tracked(1j), gc.is_tracked(iter(b'')))
it = iter(b'abc')
print(gc.get_referents(it) == [b'abc'], it.__length_hint__(), list(it), it.__length_hint__())
print(bytes.__mro__, bytearray.__mro__, complex.__mro__)
print(sorted([b'b', b'a', b'ab']), min(bytearray(b'zx'), bytearray(b'zz')), pow(2j, 2))
print(b'abc'.__len__(), b'abc'.__getitem__(0), b'abc'.__contains__(b'a'), (1j).__add__(1), b'a'.__add__(b'b'), b'a'.__mul__(3), b'a'.__rmul__(2))
print(bytearray(b'ab').__iadd__(b'c'), b'%s'.__mod__(b'x'), (1j).__eq__(1j), (1j).__lt__(2j))
try:
    pow(1j, 2, 3)
except ValueError as e:
    print('ValueError', e)
