def f(n):
    try:
        if n == 0: raise ValueError('zero')
        if n == 1: return 'one'
        return 'other'
    except ValueError as e:
        return f'caught {e}'
    else:
        print('else ran')
    finally:
        print('finally', n)
print(f(0), f(1), f(2))
def g():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print('fin', i)
g()
try:
    raise KeyError('a') from ValueError('b')
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try: 1 / 0
    except ZeroDivisionError: raise RuntimeError('x') from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
class MyErr(Exception):
    def __init__(self, code): super().__init__(f'code {code}'); self.code = code
try: raise MyErr(5)
except Exception as e: print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), KeyError.__mro__[1:3])
try: assert 1 == 2, 'nope'
except AssertionError as e: print('assert', e)
try: assert False
except AssertionError as e: print('assert2', repr(e))
e = ValueError(1, 2); print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError('k')), str(KeyError('k')))
try:
    try: raise TypeError('t')
    finally: print('cleanup')
except TypeError as e: print('outer', e)
def nested():
    try: raise ValueError('v')
    except ValueError:
        try: raise
        except ValueError as e2: return e2
print(repr(nested()))
try: raise
except RuntimeError as e: print(e)
try: raise 5
except TypeError as e: print(e)
x = 'e' 
try: raise ValueError
except ValueError as x: pass
print('x' in dir())
import sys
try: raise KeyError(3)
except KeyError: print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())
