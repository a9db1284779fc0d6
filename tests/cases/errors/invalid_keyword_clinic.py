# Argument Clinic functions name an unknown keyword "invalid keyword argument for f()"
for f in (lambda: complex(foo=1), lambda: b''.decode(foo=1), lambda: b''.hex(foo=1), lambda: 'a'.splitlines(foo=1), lambda: (1).to_bytes(foo=1), lambda: int.from_bytes(b'', foo=1), lambda: b''.translate(None, foo=1), lambda: 'a'.expandtabs(foo=1), lambda: bytes(foo=1), lambda: str(foo=1)):
    try: f()
    except TypeError as e: print(e)
