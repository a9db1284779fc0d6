# complex literals, constructor, repr and str
print(1j, 2.5j, 1 + 2j, 1 - 2j, -1j, -(1j), 0j, -0j, 1e20j, 1e16j, 1.5e-5j)
print(complex(), complex(1), complex(1, 2), complex(1.5, -0.0), complex(-0.0, -0.0), complex(real=3, imag=4))
print(complex('1+2j'), complex(' ( 3-4J ) '), complex('j'), complex('-j'), complex('1e3-2.5e-1j'), complex('inf+nanj'), complex('2'))
print(complex(1j, 1j), complex(1 + 1j, 2), complex(True, False))
z = 3 + 4j
print(z.real, z.imag, z.conjugate(), abs(z), type(z).__name__, repr(z), str(z), f'{z}', f'{z!r:>10}')
a = 1 + 2j
b = 1 + 2j
print(a is b, a == b, hash(a) == hash(b))
class C:
    def __complex__(self):
        return 5j
print(complex(C()))
for bad in [lambda: complex('1+2j', 1), lambda: complex(1, '2'), lambda: complex('abc'), lambda: complex([]),
            lambda: complex(1, None), lambda: complex('1+'), lambda: complex('j1')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
