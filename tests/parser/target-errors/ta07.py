f() = (yield)
