# bytearray slice assignment and deletion with steps, negative indices and iterables
b = bytearray(range(10))
b[::3] = b'\xff\xfe\xfd\xfc'
print(b)
b[1::3] = [1, 2, 3]
print(b)
del b[::-2]
print(b)
b[-2:] = range(5)
print(b)
b[:0] = b'AB'
print(b)
b[3:1] = b'x'
print(b)
b[len(b):] = bytearray(b'END')
print(b, len(b))
del b[100:]
del b[-1]
print(b)
c = bytearray(b'abc')
c[0:2] = c
print(c)
for bad in [lambda: b.__setitem__(slice(0, 2), 5), lambda: b.__setitem__(slice(0, 2), 'ab'),
            lambda: b.__setitem__(slice(0, 2), [300]), lambda: b.__setitem__(100, 1), lambda: b.__delitem__(100)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
