# PEP 678 notes: add_note, __notes__ printed after the exception line (str of each note; the
# repr of a __notes__ that is not a sequence); BaseException.__setstate__ and __reduce__.
e = ValueError('x')
print(hasattr(e, '__notes__'))
e.add_note('first')
e.add_note('second\nline')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)
e2 = KeyError('k')
e2.__notes__ = 'notalist'
try:
    e2.add_note('n')
except TypeError as t:
    print(t)
print(BaseException.add_note, BaseException.__setstate__)
b = BaseException(1)
b.__setstate__({'a': 1})
print(b.a, b.__reduce__())
import sys
def f():
    try:
        1/0
    except ZeroDivisionError as z:
        z.add_note('while dividing')
        raise
try:
    f()
except ZeroDivisionError as z:
    print(z.__notes__)
class E(Exception):
    pass
x = E('boom')
x.__notes__ = ['a', 3, 'b\nc']
y = E('other')
y.__notes__ = 42
try:
    raise y from x
except E as q:
    sys.excepthook(type(q), q, q.__traceback__)
e = ValueError('final')
e.add_note('note at top')
raise e
