# instances of bytes/bytearray/complex subclasses own a reference to their class; fromhex and operators keep or drop the subclass as CPython
import sys
class B(bytes): pass
class BA(bytearray): pass
class C(complex): pass
for T, arg in [(B, b'xy'), (BA, b'xy'), (C, 1)]:
    r0 = sys.getrefcount(T)
    objs = [T(arg) for _ in range(5)]
    r1 = sys.getrefcount(T)
    more = [o[0:1] if T is not C else o + 1 for o in objs]
    del objs, more
    print(T.__name__, r1 - r0, sys.getrefcount(T) - r0)
b = B.fromhex('41 42')
print(type(b).__name__, b, type(BA.fromhex('41')).__name__, type(B(b'a') + b'b').__name__, type(C(1) * 2).__name__)
