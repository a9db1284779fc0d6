# split/rsplit/join/partition/splitlines/strip
print(b'a b  c\td\n'.split(), b'  lead trail  '.split(None, 1), b'a,b,,c'.split(b','))
print(b'a,b,,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1), b'  a b c  '.rsplit(None, 1))
print(b''.split(), b''.split(b','), b'abc'.split(b'abc'))
print(b', '.join([b'x', b'y', bytearray(b'z')]), b''.join([]), b'-'.join(b'ab' for _ in range(2)))
print(b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='), b'none'.partition(b'='))
print(b'l1\nl2\r\nl3\rl4'.splitlines(), b'l1\nl2\n'.splitlines(True), b''.splitlines())
print(b'  pad  '.strip(), b'  pad  '.lstrip(), b'  pad  '.rstrip(), b'xxhixx'.strip(b'x'), b'abcba'.strip(b'ab'))
for bad in [lambda: b'a'.split(b''), lambda: b','.join([b'a', 'b']), lambda: b'a'.split(','), lambda: b'a'.partition(b'')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
