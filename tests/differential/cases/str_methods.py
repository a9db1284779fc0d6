print('ab'.ljust(5, '*'), 'ab'.rjust(5), 'ab'.center(7, '-'), 'abc'.center(6, '.'), 'x'.center(4), '42'.zfill(5), '-42'.zfill(6))
print('hello world'.title(), "they're bill's".title(), 'hELLO'.capitalize(), 'AbC'.swapcase(), 'a1'.isalnum(), 'Title Case'.istitle())
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'none'.partition(':'), 'a\nb\r\nc\n'.splitlines(), 'a\nb\n'.splitlines(True))
print('a b  c'.rsplit(), 'a,b,c'.rsplit(',', 1), 'banana'.rfind('an'), 'banana'.index('n'), '123'.isdecimal(), 'x_1'.isidentifier())
for n in range(1, 6):
    print(str(n).rjust(3), ('*' * n).ljust(6) + '|', str(n * n).center(5) + '|')
