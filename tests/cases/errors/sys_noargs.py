# sys functions that take no arguments (METH_NOARGS) reject positional and keyword ones, as
# Argument Clinic words it.
import sys
for name in ('getrecursionlimit', 'getallocatedblocks', 'getdefaultencoding', 'exc_info', 'get_int_max_str_digits', '_debugmallocstats'):
    f = getattr(sys, name)
    try:
        f(1)
    except TypeError as e:
        print(e)
    try:
        f(x=1)
    except TypeError as e:
        print(e)
