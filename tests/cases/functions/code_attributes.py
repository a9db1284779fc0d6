# Code object attributes from the compiler's view: counts, names, cells, free variables, flags.
def f(a, b=1, *args, c, d=2, **kw):
    x = a + b
    def g(): return x
    def h(): yield 1
    return g, h
co = f.__code__
for attr in ['co_name', 'co_qualname', 'co_firstlineno', 'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_flags']:
    print(attr, getattr(co, attr))
g, h = f(1, c=2)
print(g.__code__.co_flags, h.__code__.co_flags, g.__code__.co_freevars, g.__code__.co_qualname)
class C:
    def m(self): pass
print(C.m.__code__.co_flags, (lambda: 0).__code__.co_flags, C.m.__code__.co_varnames)
def p(a, /, b):
    def q(b):
        nonlocal a
        return a
    return q
print(p.__code__.co_varnames, p.__code__.co_cellvars, p(1, 2).__code__.co_freevars, p(1, 2).__code__.co_varnames, p.__code__.co_posonlyargcount)
def gen():
    global G
    l = [y for y in range(2)]
    yield l
print(gen.__code__.co_flags, gen.__code__.co_varnames, gen.__code__.co_nlocals)
def outer():
    class K:
        def meth(self): return 1
    return K
print(outer().meth.__code__.co_flags)
