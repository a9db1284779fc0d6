# repr/str of complex values: signs of zeros, nan and inf, exponents, integral parts
inf, nan = float('inf'), float('nan')
vals = [0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1j, -1j, 1 + 1j, 1.5 - 2.25j, 1e16 + 1j, 1e-5 - 1e-17j,
        complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, 0), complex(0, nan), complex(nan, -nan),
        complex(1e300 * 10, 1), 0.1 + 0.2j, complex(123456789012345678, 1), 2.5e-320j, complex(-1, 0)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag)
print([1j, 2 + 0j], (1j,), {1j: 2j})
