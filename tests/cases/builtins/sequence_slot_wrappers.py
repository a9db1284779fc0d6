# The sequence slot wrappers (sq_concat / sq_repeat / sq_inplace_*): str, list and tuple have
# __mul__ and __rmul__, list has __iadd__ and __imul__, none has __radd__, and __add__ raises.
for f in [lambda: "a".__mul__("b"), lambda: "a".__mul__(2.0), lambda: [1].__rmul__(None), lambda: "a".__add__(1), lambda: [1].__add__((2,)), lambda: (1,).__add__([2]), lambda: [1].__iadd__(5), lambda: [1].__imul__('x'), lambda: "ab".__mul__(-1), lambda: b"ab".__mul__(2), lambda: bytearray(b"ab").__rmul__(2), lambda: "a".__mul__(2**70), lambda: [1].__iadd__((2, 3)), lambda: str.__mul__(1, 2), lambda: list.__imul__([5], 0), lambda: b"a".__add__(bytearray(b"b")), lambda: bytearray(b"a").__iadd__(b"c"), lambda: bytearray(b"a").__imul__(3)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print([m for m in dir(str) if m.startswith('__r')], [m for m in dir(bytearray) if m.startswith('__i')])
class S(str): pass
print(repr(S('a') * 2), repr(2 * S('b')), repr(S('x').__mul__(2)))
for f in [lambda: int.__add__('a', 1), lambda: str.upper(1), lambda: object.__init__.__get__(1, str), lambda: int.__dict__['__add__'].__get__('x', str), lambda: list.append(1, 2), lambda: int.__add__()]:
    try:
        f()
    except TypeError as e:
        print(e)
print(sorted(m for m in dir(str) + dir(list) + dir(tuple) + dir(bytes) + dir(bytearray) if m in ('__add__', '__radd__', '__mul__', '__rmul__', '__iadd__', '__imul__')))
print(repr(str.__mul__), repr(list.__iadd__), str.__mul__.__name__, str.__mul__.__qualname__, str.__mul__.__objclass__)
class L(list):
    pass
x = L([1]); x += [2]; x *= 2; print(x, type(x).__name__, L.__iadd__ is list.__iadd__)
class M(list):
    def __iadd__(self, o): return 'mine'
y = M(); y += [1]; print(y)
for d in [str.upper, str.__mul__, int.__add__, int.real, type.__dict__['__name__'], object.__init__, list.append]:
    print(repr(d), d.__name__, d.__qualname__, d.__objclass__)
