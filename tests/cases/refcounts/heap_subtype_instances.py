# instances of builtin-type subclasses own one reference to their class, released once on death
import sys
class S(set): pass
class L(list): pass
class Dd(dict): pass
class I(int): pass
class St(str): pass
class T(tuple): pass
class F(float): pass
class E(Exception): pass
for C in (S, L, Dd, I, St, T, F, E):
    before = sys.getrefcount(C)
    for i in range(3):
        x = C()
        del x
    print(C.__name__, sys.getrefcount(C) - before)
class B(bytes): pass
class Cx(complex): pass
class Ba(bytearray): pass
class En(enumerate): pass
class Fs(frozenset): pass
for C, mk in ((B, lambda: B()), (Cx, lambda: Cx()), (Ba, lambda: Ba()), (En, lambda: En([])), (Fs, lambda: Fs())):
    before = sys.getrefcount(C)
    for i in range(3):
        x = mk()
        del x
    print(C.__name__, sys.getrefcount(C) - before)

class E2(Exception): pass
for i in range(10):
    try:
        raise E2(i)
    except E2 as e:
        pass
print("raised 10 times", E2.__name__, sys.getrefcount(E2))
