"""Module docstring."""
def f():
    'function doc'
    return 1
class C:
    r'''raw class doc'''
    x = 1
u'not a doc'
