# A NEWLINE token in error spans: no width, or the span of the comment that ends the line.
for s in ['1 +\n', '1 +', 'x = (1 +)\n', 'if x\n  pass\n', 'if x', '1 + \n', 'f(1 +\n)', 'while x\n', 'def f()\n', 'class C\n', 'x = 1 +\n', 'print "a"\n', 'a b\n', 'x = \n', 'for x in y\n', 'x = [1,\n2 +]\n', '1 +  # c\n', 'lambda x\n']:
    try:
        exec(s)
    except SyntaxError as e:
        print(repr(s), repr(e))
for s in ['if x  # c\n  pass\n', '1 +  # c\r\n', 'x = (1,  # a\n  2 +  # b\n)\n', '1 + # \n']:
    try:
        exec(s)
    except SyntaxError as e:
        print(repr(s), repr(e))
