# keyword and argument-count errors of every str method (Argument Clinic and METH_VARARGS wordings)
names = sorted(n for n in dir(str) if not n.startswith('__') or n in ('__format__', '__sizeof__', '__getnewargs__'))
for m in names:
    f = getattr('a', m)
    try:
        f(x=1)
        print(m, 'OK')
    except TypeError as e: print(m, e)
    except Exception as e: print(m, type(e).__name__, e)
tests2 = ["'a'.encode(1,2,3)", "'a'.encode('utf-8', encoding='x')", "'a'.join()", "'a'.join(1,2)", "'a'.upper(1)", "'a'.zfill()", "'a'.strip(1,2)", "'a'.replace('a')", "'a'.replace('a','b','c','d')", "'a'.partition()", "'a'.__sizeof__(1)", "'a'.format_map()", "'a'.translate()", "str.maketrans()", "'a'.removeprefix()", "'a'.center()", "'a'.isdigit(1)", "'a'.__format__()", "'a'.__getnewargs__(1)", "'a'.casefold(1)", "'a'.lstrip(1,2)", "'a'.rpartition(1,2)"]
for t in tests2:
    try:
        print(t, eval(t))
    except TypeError as e: print(t, e)
