# SyntaxError raised by user code: its members default to None; str() adds what is known
import sys
e = SyntaxError('x')
print(e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.filename, e.print_file_and_line, e.args, str(e))
e = SyntaxError('m', ('f.py', 3, 4, 'abc\n'))
print(e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.filename, str(e), e.args)
e = SyntaxError('m', ['a/b/f.py', 3, 4, 'abc\n', 3, 6])
print(str(e), e.end_offset, e.args)
print(repr(str(SyntaxError())), SyntaxError().msg, str(SyntaxError('a', 'b', 'c')))
e = SyntaxError('a', 'b', 'c')
e.lineno = 5
print(str(e), e.lineno)
print(str(SyntaxError('m', ('f.py', None, None, None))), str(SyntaxError('m', (None, 3, None, None))), str(SyntaxError(5, ('d/f.py', 3, None, None))))
e = SyntaxError('m', ('f', 1, 2, 't'))
del e.msg
print(e.msg, str(e))
e.filename = 5
print(str(e))
e.lineno = True
print(str(e))
e.lineno = 2**70
print(str(e))
for args in [('m', (1, 2)), ('m', (1, 2, 3, 4, 5, 6, 7)), ('m', (1, 2, 3, 4, 5)), ('m', 5)]:
    try:
        SyntaxError(*args)
    except TypeError as t:
        print('TypeError:', t)
try:
    SyntaxError('m', x=1)
except TypeError as t:
    print('TypeError:', t)
class S(IndentationError):
    pass
s = S('q', ('a/b/c.py', 7, 1, 'zz'))
print(str(s), s.filename, s.text, repr(s), isinstance(s, SyntaxError))
print(TabError('t', ('f', 1, 1, 'x')).lineno)
print(sys.getsizeof(SyntaxError('m')) - sys.getsizeof(ValueError('m')))
