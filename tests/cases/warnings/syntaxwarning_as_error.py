# compiler_warn: a SyntaxWarning that the filters (or showwarning) turn into an exception becomes
# a SyntaxError at the warned node, with 1-based UTF-8 columns and no text for a string source.
import warnings
warnings.simplefilter('error')
for src in ['x = 1 is 1', 'é = "é" is 1', 'assert (1, "m")', 'y = [1, 2] [1, 2]', 'z = (1, 2)(3)', 'def g():\n    return "a" is "b"\n']:
    try:
        compile(src, 'f.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.__context__)
warnings.simplefilter('error', SyntaxWarning)
try:
    eval('1 is 1')
except SyntaxError as e:
    print(type(e).__name__, e)
warnings.resetwarnings()
warnings.filterwarnings('error', category=Warning)
try:
    exec('1 is not 1')
except SyntaxError as e:
    print(type(e).__name__, e)
warnings.resetwarnings()
warnings.filterwarnings('error', category=DeprecationWarning)
exec('print(1 is not 1)')
class MyW(SyntaxWarning):
    pass
def hook(*a):
    raise MyW('custom')
warnings.showwarning = hook
try:
    exec('1 is not 1')
except SyntaxError as e:
    print('SyntaxError', e)
def hook2(*a):
    raise ValueError('from the hook')
warnings.showwarning = hook2
try:
    exec('1 is not 1')
except ValueError as e:
    print('ValueError', e)
warnings.showwarning = hook
exec('print(1 is not 1)\n')
