import math
class Point:
    def __init__(self): self.x_coord = 1
p = Point(); five = 5
tests = [
    lambda: p.x_cord, lambda: p.y, lambda: Point.zz, lambda: math.sqr, lambda: [].apend,
    lambda: prnt, lambda: lenn([]), lambda: undefined_thing, lambda: None.foo, lambda: (1).real_,
    lambda: 'abc' + 1, lambda: 1 + 'abc', lambda: [] + (), lambda: {}[[]], lambda: len(5), lambda: five(),
    lambda: 'x'[5], lambda: [][0], lambda: {'a': 1}['b'], lambda: int('z'), lambda: [1].index(2),
    lambda: 'abc'.index('z'), lambda: [None][0][0], lambda: [1][0][0], lambda: iter(5), lambda: next([]),
    lambda: hash([]), lambda: {[]: 1}, lambda: -'a', lambda: ~1.5, lambda: 'a' * 'b', lambda: [1] * 1.5,
    lambda: setattr(1, 'x', 2), lambda: object().x, lambda: type.__dict__['x'], lambda: ().x,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ':', e)
def func():
    valuex = 1
    return valuey
try: func()
except NameError as e: print(e)
class A:
    def m(self): return self.attrib
    def __init__(self): self.attribute = 1
try: A().m()
except AttributeError as e: print(e)
