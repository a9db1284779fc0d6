# Private name mangling (_Py_Mangle): __names inside a class body and the functions, lambdas and
# comprehensions in it are _Class__names; keyword argument names are not; a class of
# underscores mangles nothing; def and class keep their own __name__ and __qualname__.
class C:
    __cv = 1
    def __f(self, __x=2, *, __k=3): return __x + __k
    def m(self):
        def g(**kw): return kw
        self.__y = 5
        try:
            raise ValueError
        except ValueError as __e:
            e = type(__e).__name__
        return g(__a=1), self.__f(), self._C__f.__name__, self._C__f.__qualname__, self._C__f.__kwdefaults__, [__z for __z in (1,)], e, (lambda __l: __l)(4), self.__cv
    class __In:
        def n(self):
            self.__w = 1
            return self.__dict__
    def inner(self):
        return self.__In().n(), type(self.__In()).__name__, type(self.__In()).__qualname__
print(sorted(k for k in C.__dict__ if 'C' in k or k.startswith('__') and not k.endswith('__')))
c = C(); print(c.m(), c.__dict__, c.inner())
class _:
    __q = 1
print([k for k in _.__dict__ if 'q' in k])
class __D:
    __q = 1
    def __init__(self): self.__p = 2
print([k for k in __D.__dict__ if 'q' in k], __D().__dict__, __D.__name__)
try:
    c.__y
except AttributeError as e:
    print(e)
print(c._C__y, getattr(c, '_C__y'), hasattr(c, '__y'))
g = 0
class G:
    global __gg
    __gg = 5
    __name_ok__ = 1
print(sorted(k for k in G.__dict__ if 'gg' in k or 'ok' in k), globals().get('_G__gg'))
def outer():
    __loc = 1
    class K:
        def get(self): return __loc
    return K
try:
    print(outer()().get())
except NameError as e:
    print('NameError', e)
