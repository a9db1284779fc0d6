async def f():
    await x
    async for a in b:
        pass
    else:
        pass
    async with c as d, e:
        pass
    r = [await z async for z in w]
    return await (await g())
async def gen():
    yield 1
    yield
    x = yield from_ if False else 2
