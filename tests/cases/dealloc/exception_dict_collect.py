# An exception subclass instance keeps its __dict__ through a collection: the dict is the base
# exception's (BaseException's dict pointer), visited once by subtype_traverse's base traverse.
# glasspy visited it twice, its gc_refs went below zero, and gc.collect() cleared the dict of a
# live exception when it held a GC object (its notes, a list attribute).
import gc


class E(Exception):
    pass


class F(ValueError):
    pass


x = E('boom')
x.__notes__ = ['a', 3]
x.foo = [1]
y = F()
y.bar = {'k': [2]}
y.add_note('n')
z = ValueError()
z.baz = [3]
print([type(r).__name__ for r in gc.get_referents(x)])
print(gc.collect())
print(x.__dict__, y.__dict__, z.__dict__)
try:
    raise F('other') from x
except F as q:
    print(q.__cause__.__notes__, q.__cause__.foo)


def f():
    pass


f.attr = [4]
gc.collect()
print(f.__dict__)
