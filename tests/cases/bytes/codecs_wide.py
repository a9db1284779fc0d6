# UTF-16 and UTF-32: BOMs, byte orders, surrogate pairs, and the decoders' error reasons
for enc in ['utf-16','utf-16-le','utf-16-be','utf-32','utf-32-le','utf-32-be','utf_16','UTF16','u16','utf-32be']:
    print(enc, 'A€😀'.encode(enc), 'A€😀'.encode(enc).decode(enc))
tests=[(b'\x00','utf-16'),(b'\xff\xfe\x00','utf-16'),(b'\x00\xd8','utf-16-le'),(b'\x00\xd8A\x00','utf-16-le'),(b'\x00\xdc','utf-16-le'),(b'\x00\x00\x11\x00','utf-32-le'),(b'\x00\x00','utf-32'),(b'\xfe\xff\x00A','utf-16'),(b'A\x00','utf-16'),(b'\x00\xd8\x00\xd8','utf-16-le'), (b'\x00\x00\xfe\xff\x00\x00\x00A', 'utf-32'), (b'\x00\xd8\x00\x00', 'utf-32-le')]
for b,e in tests:
    try: print(repr(b.decode(e)))
    except Exception as ex: print(type(ex).__name__, ex)
for b,e in tests:
    print(repr(b.decode(e,'replace')), repr(b.decode(e, 'ignore')), repr(b.decode(e, 'backslashreplace')))
try: '\ud800'.encode('utf-16')
except Exception as ex: print(ex)
print('\ud800'.encode('utf-16','replace'), '\ud800'.encode('utf-16-le','backslashreplace'), len('hello'.encode('utf-16')), len('hello'.encode('utf-32')))
print(str(b'\xff\xfeh\x00i\x00', 'utf-16'), bytes('hi', 'utf-16-be'), bytearray('x', 'utf-32'))
