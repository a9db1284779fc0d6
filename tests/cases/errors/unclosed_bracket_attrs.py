# "'(' was never closed": the opening bracket's line and column, end_offset 0, and the line's
# text with its newline only when nothing follows it.
for src in ["x = (\n", "x = (\n1\n", "x = (\n1", "y = 2\nx = (\n1\n2\n", "x = (1,\n  [2,\n", "x = (1,\n  [2,\n3]\n", 'x = (\n\n', 'x = (\n  ', 'x = (  # c\n', 'f(\n', '{1: [\n']:
    for mode in ['exec', 'eval']:
        try:
            compile(src, "m.py", mode)
        except SyntaxError as e:
            print(repr(src), mode, repr(e))
try:
    exec('print((1,\n2')
except SyntaxError as e:
    print(repr(e))
