@decorator
@decorator.with_args(1, key=2)
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> "ret":
    """docstring"""
    nonlocal_name = 1
    def inner():
        nonlocal nonlocal_name
        return nonlocal_name
    yield
    yield a
    x = yield from inner()
    return lambda p, /, q=1, *r, s, t=2, **u: p + q
async def coro(x: int, *, y: str = "s"):
    await x
    async for i in aiter():
        pass
    async with ctx() as c:
        pass
    return [i async for i in x if await i]
class C(Base, metaclass=Meta, **extra):
    attr: int = 0
    def method(self): return super().method()
    @property
    def p(self): return self._p
def g(*, kw): pass
def h(a, /): pass
