@dec
def f(): pass
@dec.attr
@dec(1, k=2)
@dec[0].x(y)
@(lambda f: f)
@a if b else c
class C: pass
@x := y
async def g(): pass
