# A SyntaxError raised with a location is shown with that location
def check(line):
    raise SyntaxError('bad thing', ('conf.py', 3, 4, '  abc def\n', 3, 9))
check(1)
