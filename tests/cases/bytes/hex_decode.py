# hex/fromhex, decode with error handlers, str(), str.encode and int.to_bytes round trips
b = b'\x00\x01\xab\xff'
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex(' ', -3), bytes.fromhex('00 01 ab ff') == b)
print(bytes.fromhex(''), bytes.fromhex(' 4142 '), bytearray.fromhex('de ad'))
print('naïve €'.encode(), 'naïve €'.encode('utf-8').decode('utf-8'), 'abc'.encode('ascii'))
print(b'\xff\xfeok'.decode('utf-8', 'replace'), b'\xffok'.decode('utf-8', 'ignore'), b'\xffok'.decode('ascii', 'backslashreplace'))
print(b'caf\xe9'.decode('latin-1'), str(b'abc', 'ascii'), str(b'abc'), repr(b'abc'), f'{b"x"} {b"y"!r}')
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-2).to_bytes(2, 'big', signed=True), (5).to_bytes())
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes([1, 0], 'little'))
for bad in [lambda: b'\xff'.decode(), lambda: b'a\xe9'.decode('ascii'), lambda: 'é'.encode('ascii'),
            lambda: bytes.fromhex('0g'), lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'),
            lambda: b'\xe2\x82'.decode(), lambda: 'a\udc80'.encode(), lambda: str('x', 'utf-8')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
