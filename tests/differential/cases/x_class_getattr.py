class A:
    x = 1
    def __getattr__(self, name): return "dyn_" + name
a = A(); a.y = 2
print(a.x, a.y, a.zzz, getattr(a, "q"))
setattr(a, "w", 5); print(a.w, hasattr(a, "anything"))
del a.y; print(a.y)
class S:
    __slots__ = ("p",)
s = S(); s.p = 3; print(s.p)
try:
    s.q = 1
except AttributeError as e:
    print(e)
