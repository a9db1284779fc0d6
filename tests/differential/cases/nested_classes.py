class Outer:
    class Inner:
        def hi(self): return 'inner hi'
    def make(self):
        return self.Inner()
print(Outer().make().hi(), Outer.Inner.__qualname__, type(Outer().make()).__name__)
def factory():
    class Local:
        pass
    return Local
L = factory()
print(L.__qualname__, L().__class__.__name__, factory() is factory())
