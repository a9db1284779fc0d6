# printf-style bytes formatting (PEP 461)
print(b'%s and %b' % (b'one', bytearray(b'two')))
print(b'%d|%5d|%-5d|%05d|%x|%X|%o|%c|%c' % (42, 42, 42, 42, 255, 255, 8, 65, b'B'))
print(b'%r %a' % ('é', 'x'), b'%.2f %e' % (3.14159, 1000.0), b'100%%' % ())
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7})
for bad in [lambda: b'%s' % 'str', lambda: b'%d' % b'x', lambda: b'%s %s' % (b'a',)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
