def f1(a, b, /): pass
def f2(a, /, b, *, c): pass
def f3(a=1, /, b=2, *args, c, d=4, **kwargs): pass
def f4(*, a, b=1): pass
def f5(a: int, b: 'str' = '', *c: tuple, d: float = 1.0, **e: dict) -> None: pass
def f6(a, b=1, /, c=2): pass
def f7(*args): pass
def f8(**kw): pass
def f9(a, *, b): pass
def f10(self, *args: *Ts): pass
