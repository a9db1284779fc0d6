class A: pass
class B(): pass
class C(A, B): x = 1
class D(A, metaclass=M, **kw): pass
class E(*bases, flag=True):
    """doc"""
    def m(self): return self
    class Inner:
        pass
    attr: int = 0
