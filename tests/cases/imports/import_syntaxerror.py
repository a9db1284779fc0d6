# A module with a syntax error: the SyntaxError carries the module's file, line, column and text,
# and the uncaught one prints the offending line with a caret.
import sys
import warnings
try:
    import unclosed_mod
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.split('/')[-1], e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print('unclosed_mod' in sys.modules)
# a SyntaxWarning turned into an error while the module compiles
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        import islit_mod
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename.split('/')[-1], e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print('islit_mod' in sys.modules)
import unclosed_mod
