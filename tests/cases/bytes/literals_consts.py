# bytes literals: escapes, raw, implicit concatenation, constant merging and folding
a = b'abc'
b = b'abc'
print(a is b, a == b)
print(b'\x00\x7f\x80\xff', b'\t\n\r\\', rb'\n', b'a' b'b' B"c")
print(b"it's", b'say "hi"', b'both \' and "')
c = b'ab' + b'cd'
print(c, b'-' * 5, len(b'x' * 10))
def f():
    return b'xyz'
print(f() is f())
print(type(b''), type(b'x').__name__, bytes.__name__)
e, a1, q2 = b'', b'a', b'qq'
print(e is bytes(), a1 is bytes([97]), q2[:1] is bytes([113]))
print(b'\101\102', b'\x41\x42' == b'AB')
