# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError: their members and str()
b = b'ab\xffcd'
try:
    b.decode('utf-8')
except UnicodeDecodeError as e:
    print(repr(e.encoding), repr(e.object), e.object is b, e.start, e.end, repr(e.reason))
    print(str(e)); print(repr(e)); print(e.args)
s = 'a\xe9\u20ac\U0001f600'
for enc in ['ascii', 'latin-1']:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(repr(e.encoding), e.object is s, e.start, e.end, repr(e.reason), str(e))
for data, enc in [(b'\xff\xfe', 'ascii'), (b'\xe2\x82', 'utf-8'), (b'a\xe2\x41', 'utf-8')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(str(e), e.start, e.end)
print(str(UnicodeDecodeError('utf-8', b'abc', 0, 2, 'bad')))
e = UnicodeDecodeError('utf-8', bytearray(b'abc'), 1, 2, 'bad')
print(str(e), repr(e.object), type(e.object).__name__)
print(str(UnicodeDecodeError('utf-8', b'abc', 5, 6, 'bad')))
print(str(UnicodeEncodeError('ascii', 'x\u20acy', 1, 2, 'nope')))
print(str(UnicodeEncodeError('ascii', 'x\U0001f600y', 1, 2, 'nope')))
print(str(UnicodeEncodeError('ascii', 'x\xe9y', 1, 2, 'nope')))
print(str(UnicodeEncodeError('ascii', 'x\xe9y', 0, 3, 'nope')))
e = UnicodeTranslateError('x\xe9y', 1, 2, 'tr')
print(str(e), e.encoding, e.args, repr(e))
e = UnicodeTranslateError('x\u20acy', 0, 2, 'tr')
print(str(e))
e.start = 1; e.end = 2; e.reason = 'zz'
print(str(e))
e.reason = 5
print(str(e))
for args in [(), ('a',), ('utf-8', 'abc', 0, 1, 'r'), (1, b'a', 0, 1, 'r'), ('u', b'a', 'x', 1, 'r'), ('u', b'a', 0, 1, 'r', 6)]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as t:
        print('TypeError:', t)
for args in [(), ('utf-8', b'abc', 0, 1, 'r')]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as t:
        print('TypeError:', t)
for args in [(), ('abc', 0, 1, 1)]:
    try:
        UnicodeTranslateError(*args)
    except TypeError as t:
        print('TypeError:', t)
try:
    e.start = 'x'
except TypeError as t:
    print('TypeError:', t, e.start)
try:
    del e.start
except TypeError as t:
    print('TypeError:', t)
del e.reason
print(e.reason, str(e))
print(str(UnicodeError('a', 'b')), UnicodeError('q').args)
print(repr(str(UnicodeDecodeError.__new__(UnicodeDecodeError))), UnicodeDecodeError.__new__(UnicodeDecodeError).start)
print(issubclass(UnicodeTranslateError, UnicodeError), UnicodeTranslateError.__mro__)
try:
    UnicodeDecodeError('utf-8', b'abc', 0, 2, 'bad', x=1)
except TypeError as t:
    print('TypeError:', t)
