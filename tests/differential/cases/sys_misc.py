import sys
print(sys.version_info[:2], sys.version_info[0] == 3, sys.maxsize, type(sys.argv).__name__, sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
print(sys.intern('abc') == 'abc', 'sys' in sys.modules, sys.byteorder)
try:
    sys.exit('message to stderr')
except SystemExit as e:
    print('SystemExit', e.code)
