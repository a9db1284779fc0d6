# The exception structs that are bigger than BaseException's
import sys
for t in [BaseException, ValueError, KeyError, StopIteration, SystemExit, NameError, UnboundLocalError,
          AttributeError, ImportError, ModuleNotFoundError, OSError, FileNotFoundError, SyntaxError,
          IndentationError, TabError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
          UnicodeTranslateError]:
    print(t.__name__, sys.getsizeof(t.__new__(t)))
class E(SyntaxError):
    pass
print(sys.getsizeof(E()))
