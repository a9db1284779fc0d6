# tp_traverse order of instances (gc.get_referents shows it): each class's __slots__ from the
# most derived class to the base, the attributes, the class itself, then the builtin base's
# own references (a list's items last to first, an exception's args).
import gc


class A:
    __slots__ = ('x', 'y')


class B(A):
    __slots__ = ('z',)


b = B()
b.x, b.y, b.z = 'x', 'y', 'z'
print(gc.get_referents(b))


class C:
    pass


c = C()
c.p = 5
c.q = 6
print(gc.get_referents(c))
c.__dict__
print(gc.get_referents(c))


class L(list):
    pass


print(gc.get_referents(L([1, 2])))


class S(list):
    __slots__ = ('s',)


s = S([1, 2])
s.s = 9
print(gc.get_referents(s))


class E(Exception):
    pass


class F(E):
    __slots__ = ('w',)


f = F(2)
f.w = 5
print(gc.get_referents(E(1)), gc.get_referents(f))

# a cycle through a list subclass with __slots__ is found (its items are traversed)
s2 = S()
s2.append(s2)
del s2
print(gc.collect())

# a dict visits each entry's value, then its key unless every key is a str
a = [1]
print(gc.get_referents({(2, 3): a, 5: "x"}), gc.get_referents({"k": a, "j": "v"}))
