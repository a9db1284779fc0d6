class Base:
    def __init__(self, a): self.a = a; print("Base init", a)
    def __str__(self): return f"<{type(self).__name__} {self.a}>"
class Kid(Base):
    def __init__(self, a, b): super().__init__(a); self.b = b
k = Kid(1, 2)
print(k, str(k), k.b, type(k).__mro__[1].__name__, Kid.__bases__[0].__name__)
print(Kid.__name__, k.__class__ is Kid, vars(k))
