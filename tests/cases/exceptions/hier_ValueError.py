e = ValueError("m")
print(repr(e), e.args, str(e))
print([k.__name__ for k in ValueError.__mro__])
try:
    raise e
except Exception as x:
    print(x is e, isinstance(x, ArithmeticError), isinstance(x, LookupError))
