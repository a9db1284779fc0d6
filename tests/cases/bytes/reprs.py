# repr() of bytes and bytearray: quotes, escapes, every byte value
print(bytes(range(32)))
print(bytes(range(32, 128)))
print(bytes(range(128, 160)), bytes([255, 254]))
print(b"'", b'"', b'\'"', b'\\', repr(b"'"), repr(bytearray(b'"\'')))
print(str(b'x'), str(bytearray()), repr(bytearray(b'\x00')), [b'a', bytearray(b'b')], (b'',))
class BA(bytearray):
    pass
print(BA(b'sub'), repr(BA()))
