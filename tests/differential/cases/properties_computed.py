class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    celsius = property(lambda self: self._c)
t = Temp(100)
print(t.f, t.celsius)
t.f = 32
print(t.celsius, round(t.f, 1))
try:
    t.celsius = 5
except AttributeError as e:
    print(e)
print(type(Temp.f).__name__, Temp.f.fget.__name__)
