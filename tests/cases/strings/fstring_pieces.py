# f-strings: every formatted piece stays alive until the join (BUILD_STRING), which makes a new
# str (one character too) and then releases the pieces last first; __format__ may return a str
# subclass; !a escapes as ascii() does
X = "x"
class K:
    def __init__(self, n): self.n = n
    def __format__(self, spec):
        s = (X * 20) + str(self.n)
        print("format", self.n, id(s) in seen)
        seen.add(id(s))
        return s
seen = set()
a, b, c = K(1), K(2), K(3)
r = f"{a}-{b}-{c}"
print(len(r))
class Tmp(str):
    def __del__(self): print("del", self)
class D:
    def __init__(self, n): self.n = n
    def __format__(self, spec): return Tmp("t%d" % self.n)
r = f"{D(1)}{D(2)}{D(3)}"
print(r, type(r).__name__)
print(type(format(D(4))).__name__, f"{D(5)}")
e = ""; x = "x"; yz = "yz"; n = 5
r = f"{e}{x}"; print(r is x, r == "x")
r = f"{e}{yz}"; print(r is yz)
r = f"{e}{e}"; print(r is e, r == "")
r = f"{n}"; print(type(r).__name__, r)
print(f"{'é'}{x}", f"{x}{1.5:>6}", f"{n!r:>4}", f"{yz!a}", f"{'€'!a}", f"{'é'!a:>8}", f"{[chr(233)]!a}", f"{chr(128512)!a}")
class Bad:
    def __format__(self, spec): return 5
try:
    f"{x}{Bad()}"
except TypeError as err:
    print(err)
