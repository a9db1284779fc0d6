for exc in [ZeroDivisionError, KeyError, IndexError, UnboundLocalError, RecursionError, ModuleNotFoundError, StopIteration, SystemExit, KeyboardInterrupt]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__])
try:
    raise LookupError('x')
except (KeyError, IndexError):
    print('no')
except LookupError as e:
    print('lookup', e.args)
print(issubclass(ZeroDivisionError, ArithmeticError), isinstance(KeyError(), LookupError), BaseException().args)
