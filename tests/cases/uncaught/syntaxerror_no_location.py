# With no readable lineno a SyntaxError prints as any other exception; filename None is <string>
try:
    raise SyntaxError('m', ('f.py', None, None, None))
except SyntaxError as e:
    print(str(e))
e = SyntaxError('m')
e.lineno = 3
raise e
