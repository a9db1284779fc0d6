# math.tan/sinh/cosh/asin/acos/hypot/log10 give glibc's (correctly rounded) last digit
import math
xs = [0.1, 0.7, 1.3, 2.9, -5.25, 17.125, 123.456, 1e-5, 0.9999, -0.37]
for x in xs:
    print(repr(math.tan(x)), repr(math.sinh(x)), repr(math.cosh(x)))
for x in [0.1, 0.5, -0.7, 0.999, -0.999999, 1e-9, 0.3333]:
    print(repr(math.asin(x)), repr(math.acos(x)))
for a, b in [(3, 4), (1.1, 2.2), (1e-200, 3e-200), (1e200, 1e200), (0.1, 0.2), (5.5, -7.25), (2.0, 3.0)]:
    print(repr(math.hypot(a, b)))
print(repr(math.hypot(1.1, 2.2, 3.3)), repr(math.hypot()), repr(math.hypot(-2.5)), math.hypot(float('nan'), float('inf')))
for x in [2.0, 7.0, 123.456, 1e-300, 3e250, 1000.0]:
    print(repr(math.log10(x)))
for x in [710.0, 711.0]:
    try:
        print(math.sinh(x), math.cosh(x))
    except OverflowError as e:
        print('OverflowError', e)
for f in [math.asin, math.acos]:
    try:
        f(1.5)
    except ValueError as e:
        print('ValueError', e)
print(math.tan(0.0), math.sinh(-0.0), math.asin(-0.0), math.acos(1.0), math.acos(-1.0), math.asin(1.0))
