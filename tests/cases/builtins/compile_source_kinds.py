# compile/exec/eval sources: bytes and bytearray are decoded as a file is (BOM, coding cookie);
# a null character is a SyntaxError; "\r\n" and a lone "\r" are newlines, in string literals too.
exec('a = """x\r\ny"""\nprint(repr(a))')
exec('a = """x\ry"""\nprint(repr(a))')
print(repr(eval('"""p\r\nq"""')))
d = {}
exec(compile(b'b = """m\r\nn"""', 'f', 'exec'), d)
print(repr(d['b']))
exec(bytearray(b'print("from a bytearray")'))
exec(b'# -*- coding: latin-1 -*-\nprint("\xe9", len("\xe9"))')
exec(b'\xef\xbb\xbfprint("after a BOM")')
print(eval(b'6 * 7'))
exec('x = 1\r\ny = x +\\\r\n  2\rprint(y)\r')
for src in ['x = 1\x00', b'x = 1\x00', bytearray(b'\x00')]:
    try:
        compile(src, 'f', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e, e.args, e.lineno, e.filename)
for src in [b'# coding: bogus\nx=1', b'\xef\xbb\xbf# coding: latin-1\nx=1']:
    try:
        compile(src, 'f.py', 'exec')
    except SyntaxError as e:
        print(repr(e))
for src in [1, None, ['x']]:
    try:
        compile(src, 'f', 'exec')
    except TypeError as e:
        print(e)
try:
    exec('1 +\r\n')
except SyntaxError as e:
    print(repr(e))
