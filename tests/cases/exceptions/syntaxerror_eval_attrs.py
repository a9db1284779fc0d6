# A SyntaxError from eval()/exec()/compile() carries its location (args and attributes)
def show(e):
    print(type(e).__name__, e.args)
    print(' ', repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    print(' ', str(e))

for src in ['def f(:\n  pass', 'a b c', 'if 1:\npass', 'del f()', 'print "x"', 'f(x for x in y, 1)']:
    try:
        exec(src)
    except SyntaxError as e:
        show(e)
# compile.c errors: the text is read from the file, and a string has none
for src in ['return 1', 'for x in y:\n  pass\nbreak', 'def f():\n  yield\nclass A:\n  return 2']:
    try:
        exec(src)
    except SyntaxError as e:
        show(e)
# symtable.c errors: args hold the message only, the location is on the attributes
for src in ['x = 1\ndef f():\n  nonlocal y\n', 'def f(x, x): pass', 'def f():\n  global x\n  x = 1\n  global x\n']:
    try:
        exec(src)
    except SyntaxError as e:
        show(e)
for src in ['a b', 'f(**x, *y)']:
    try:
        compile(src, 'dir/name.py', 'eval')
    except SyntaxError as e:
        show(e)
try:
    eval('  a b')
except SyntaxError as e:
    show(e)
