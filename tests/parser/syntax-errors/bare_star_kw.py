def f(self, *, **kw): pass
