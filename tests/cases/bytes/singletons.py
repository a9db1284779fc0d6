# one-byte results: the immortal singleton (copied from a pointer) or a new object (allocated, then filled)
import sys
def imm(b): return sys.getrefcount(b) > 100000
tests = {
 'bytes(1)': lambda: bytes(1), 'bytes([0])': lambda: bytes([0]), 'bytes(range(1))': lambda: bytes(range(1)),
 'slice': lambda: b'ab'[0:1], 'strip': lambda: b'ab'.strip(b'b'), 'upper': lambda: b'a'.upper(),
 'lower': lambda: b'A'.lower(), 'fromhex': lambda: bytes.fromhex('41'), 'encode': lambda: 'A'.encode(),
 'encode_latin': lambda: 'A'.encode('latin-1'), 'encode_ascii': lambda: 'A'.encode('ascii'), 'encode_e': lambda: '\xe9'.encode('latin-1'),
 'percent': lambda: b'%c' % 65, 'to_bytes': lambda: (65).to_bytes(1, 'big'), 'join': lambda: b''.join([b'a']),
 'join2': lambda: b''.join([b'a', b'']), 'replace': lambda: b'b'.replace(b'b', b'a'), 'split': lambda: b'a,b'.split(b',')[0],
 'concat': lambda: b'' + b'a'[:1], 'repeat': lambda: b'a' * 1, 'bytes(bytearray)': lambda: bytes(bytearray(b'a')),
 'center': lambda: b'a'.center(1), 'zfill': lambda: b''.zfill(1), 'translate': lambda: b'a'.translate(None),
 'partition': lambda: b'a=b'.partition(b'=')[0], 'step': lambda: b'abc'[::3], 'bytes(str)': lambda: bytes('a', 'ascii'),
 'decode-enc': lambda: bytes('é', 'latin-1'), 'getnewargs': lambda: b'a'.__getnewargs__()[0], 'rsplit': lambda: b'a b'.rsplit()[1],
 'splitlines': lambda: b'a\n'.splitlines()[0], 'removeprefix': lambda: b'xa'.removeprefix(b'x'), 'expandtabs': lambda: b'a'.expandtabs(),
 'swapcase': lambda: b'A'.swapcase(), 'capitalize': lambda: b'a'.capitalize(), 'title': lambda: b'a'.title(),
 'lstrip': lambda: b' a'.lstrip(), 'ljust': lambda: b''.ljust(1), 'bytes(iter)': lambda: bytes(iter([1])),
 'bytes(tuple)': lambda: bytes((1,)), 'from_bytes_sub': lambda: bytes(memoryview(b'a')) if False else b'a',
}
for k, f in tests.items():
    print(k, imm(f()))
