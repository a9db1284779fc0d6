# abs(complex) is the C library's hypot: values whose exact root lies near a rounding boundary
vals = [1.2871703176175142+8.198927451266247j, -0.003528021302989471+0.002142666253156573j,
        -2.686605167724818e-200+2.5219061436787963e-200j, 3+4j, 5e-324+5e-324j, 1e-310+2e-310j,
        1e308+1e308j, 1e300+1e-300j, -6.968348582016304+1.8023762255383586e-10j,
        8.565731119138565-9.403589545044625j, complex(float('inf'), float('nan')), complex(float('nan'), 1)]
for v in vals:
    try:
        print(repr(abs(v)))
    except OverflowError as e:
        print('OverflowError', e)
print(abs(1j ** 0.5), abs((1 + 1j) ** 0.5) ** 2)
