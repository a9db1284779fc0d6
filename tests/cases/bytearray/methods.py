# append/extend/insert/pop/remove/clear/reverse/copy and += / *=
b = bytearray()
b.append(97)
b.extend(b'bc')
b.extend([100, 101])
b.extend(range(102, 104))
b.insert(0, 64)
b.insert(-1, 33)
b.insert(100, 126)
print(b)
print(b.pop(), b.pop(0), b.pop(2), b)
b.remove(33)
b.reverse()
print(b)
c = b.copy()
c += b'!'
c *= 2
print(b, c, c is not b)
d = c
d += b'?'
print(c is d, c)
c.clear()
print(c, len(c), d)
print(bytearray(b'a,b').split(b','), bytearray(b'Abc').upper(), bytearray(b'x').join([b'1', b'2']))
print(bytearray(b'abc').hex(), bytearray(b'caf\xc3\xa9').decode(), bytearray(b'%d') % 5)
for bad in [lambda: bytearray().pop(), lambda: bytearray(b'a').remove(98), lambda: bytearray(b'a').append(256),
            lambda: bytearray(b'a').append('b'), lambda: bytearray(b'abc').__setitem__(slice(0, 3, 2), b'x'),
            lambda: bytearray(b'a').__setitem__(0, 300), lambda: hash(bytearray()), lambda: bytearray(b'a')[5],
            lambda: bytearray(b'a').extend(5), lambda: bytearray(b'a') + 'x', lambda: bytearray(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
