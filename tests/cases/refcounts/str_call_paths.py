# str(x) with one positional argument: an exact str comes back itself, an int's or float's text
# is a new str; subclasses, other types, keywords and errors take the general path
import sys
s = "".join(["ab", "cd"])
before = sys.getrefcount(s)
t = str(s)
print(t is s, sys.getrefcount(s) - before)
del t
print(sys.getrefcount(s) - before)
n = 10 ** 20 + 7
f = 2.5
print(str(n), str(f), str(-3), str(True), str(None), str(b"x"), str(1e300), str(12345678901234567890123))
print(sys.getrefcount(n), sys.getrefcount(f))
class S(str): pass
class I(int): pass
u = S("xyz")
r = str(u); print(type(r).__name__, r is u, r == u, str(I(5)), type(str(I(5))).__name__)
class E:
    def __str__(self): return 5
try:
    str(E())
except TypeError as e:
    print(e)
print(str(object="kw"), str(b"caf\xc3\xa9", "utf-8"), str())
a = str(12345); b = str(12345); print(a is b, a == b)
lst = [str(i) for i in range(5)]
print(lst, [sys.getrefcount(x) for x in lst])
x = str(987654)
del lst
y = str(123456)
print(x, y)
print(str(object=5), str(object=u) is u, type(str(object=u)).__name__, str(object=b"q"), str(b"q", errors="strict"), str(object=b"q", encoding="ascii"))
for bad in (lambda: str("a", "utf-8"), lambda: str(object="a", encoding="utf-8"), lambda: str(1, foo=2), lambda: str(5, "ascii")):
    try:
        bad()
    except TypeError as e:
        print(e)
