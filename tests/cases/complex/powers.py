# non-integer complex powers go through _Py_c_pow's polar form (hypot, atan2, pow, exp, log,
# cos, sin): every last digit as CPython prints it, plus the errno cases
import math
pairs = [((-3.523345-6.983017j), (0.9056-2.5654j)), ((0.71764-2.686222j), (-2.652+0.0446j)), ((-9.250087-1.327086j), (-2.5809-2.4557j)), ((-1.509616+6.537042j), (-2.2572-1.6606j)), ((2.548664+8.954179j), (0.4626-0.6199j)), ((9.525102-9.068346j), (2.1508-1.2623j)), ((-7.114898-7.644155j), (-1.1491+1.8968j)), ((-6.385472+1.632003j), (0.8335-0.7656j)), ((0.954889-8.744221j), (-2.6424-1.7642j)), ((3.607999-1.448154j), (-1.1151+0.5134j)), ((-0.936312-4.00466j), (1.7663+1.194j)), ((-5.11807+1.488474j), (0.1512+2.2508j))]
for a, b in pairs:
    print(a ** b, a ** 0.5, a ** -1.5, b ** a)
print((-1) ** 0.5, (-8) ** (1 / 3), 1j ** 1j, math.e ** (1j * math.pi), 2 ** 0.5j, 10 ** 1j, (-2.5) ** 1.5)
for a, b in [(-3.5 + 0.25j, 1e308), (0j, 1j), (0j, -2.5), (1e300 + 1e300j, 2.5), (2 + 0j, 1e10 + 0.5j)]:
    try:
        print(a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
