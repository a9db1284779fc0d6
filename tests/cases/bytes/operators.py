# + * comparisons, hashing, and the errors of mixing bytes with str and int
a, b = b'abc', b'abd'
print(a + b, a * 2, 2 * a, a * 0, a * -3)
print(a < b, a <= b, a > b, a == b'abc', a != b, b'ab' < b'abc', b'' < b'\x00')
print(a == 'abc', a != 'abc', b'a' == 97)
print(hash(b'abc') == hash(b'ab' + b'c'), hash(b'') == hash(b''))
d = {b'k': 1, b'j': 2}
print(d[b'k'], b'j' in d, {b'a', b'a', b'b'} == {b'a', b'b'})
x = b'ab'
x += b'cd'
x *= 2
print(x)
for bad in [lambda: b'a' + 'b', lambda: 'a' + b'b', lambda: b'a' + 1, lambda: b'a' * 'b',
            lambda: b'a' < 'a', lambda: b'a' > 1, lambda: hash(bytearray(b'a'))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
