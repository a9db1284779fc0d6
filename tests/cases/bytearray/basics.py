# bytearray: construction, repr, mutation through items and slices
b = bytearray(b'hello')
print(b, repr(b), str(b), len(b), b[0], b[1:3], type(b[1:3]).__name__)
b[0] = 72
b[-1] = ord('O')
print(b)
b[1:3] = b'EY'
print(b)
b[1:3] = b'abcdef'
print(b)
b[2:6] = []
print(b)
del b[0]
del b[-1]
print(b)
b[::2] = b'xy'
print(b, b == b'xbyl', b == bytearray(b'xbyl'), b < b'y')
del b[::2]
print(b)
print(bytearray(), bytearray(3), bytearray([1, 2, 3]), bytearray('é', 'utf-8'), bytearray(range(3)), bytearray(iter(b'ab')))
