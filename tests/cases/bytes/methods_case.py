# case changes, predicates, padding, replace (ASCII-only semantics)
s = b'Hello, World! \xe9'
print(s.upper(), s.lower(), s.swapcase(), s.title(), b'hELLO wORLD'.capitalize())
print(b'123'.isdigit(), b''.isdigit(), b'abC'.isalpha(), b'ab1'.isalnum(), b' \t\n'.isspace())
print(b'abc'.islower(), b'ABC1'.isupper(), b'Hello World'.istitle(), b'\xe9'.isalpha(), b'\x7f'.isascii(), b'\x80'.isascii())
print(b'ab'.center(6), b'ab'.center(7, b'*'), b'ab'.ljust(4, b'.'), b'ab'.rjust(4), b'-42'.zfill(6), b'7'.zfill(3))
print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'x', b'y'))
print(b'prefix_body'.removeprefix(b'prefix_'), b'body.txt'.removesuffix(b'.txt'), b'a\tb'.expandtabs(4))
