# bytes, bytearray and complex with the rest of the language: builtins, sorting, joins, formatting
print(list(reversed(b'abc')), list(enumerate(b'ab')), dict(zip(b'ab', b'cd')), bytes(reversed(b'xyz')))
print(b'ab' < bytearray(b'ac'), bytearray(b'b') > b'a', b'a' == bytearray(b'a'), bytearray(b'a') != b'a')
print(sum([1j, 2j]), sum([1, 2.5j], 0j), max(b'hello'), any(b'\x00\x00'), all(bytearray(b'ab')))
print(b'abc'.index(99), b'x'.join([b'1', b'2']).split(b'x'), b'\xe2\x82\xac'.decode('utf-8'), '€'.encode())
print(isinstance(1j, complex), complex.real.__get__(2j), type(1j.real).__name__, (1j).imag.is_integer())
try:
    ''.join([b'a'])
except TypeError as e:
    print(e)
try:
    {b'a'} | [1]
except TypeError as e:
    print(e)
print(hash(b'') == hash(''), b'A' in bytearray(b'ABC'), 65 in bytearray(b'A'), bytearray(b'abc').find(b'c'))
x = [b'b', bytearray(b'a'), b'c']
x.sort()
print(x)
print(f'{3+4j!s}', '%r' % (1-1j,), '{0.real} {0.imag}'.format(3+4j), str(-1j), repr(complex(0, -0.0)))
import sys
print(sys.getsizeof(b'') , sys.getsizeof(bytearray()), sys.getsizeof(0j), sys.getsizeof(iter(bytearray(b'x'))))
