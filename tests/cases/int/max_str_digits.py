# 3.11's limit on decimal int <-> str conversions (sys.get_int_max_str_digits, CVE-2020-10735):
# int() of a long decimal text, str/repr/format/% of a wide int, and setting the limit.
import sys
print(sys.get_int_max_str_digits())
for s in ('1' * 4300, '1' * 4301, '-' + '1' * 4301, '1_' * 2200 + '1', ' ' + '9' * 5000 + ' ', '0x' + 'f' * 5000, 'f' * 5000):
    for base in (10, 0, 16):
        try:
            v = int(s, base)
            print(base, 'ok', v % 1000)
        except ValueError as e:
            print(base, str(e)[:90])
try:
    int(b'7' * 5000)
except ValueError as e:
    print(e)
for v in (10**4299, -10**4299, 10**4300, -10**4300, 10**10000):
    for f in (str, repr, lambda x: f'{x}', lambda x: '%d' % x, lambda x: format(x, ','), lambda x: '%5d' % x, hex):
        try:
            print(len(f(v)))
        except ValueError as e:
            print(e)
for n in (0, 640, 639, -1, 2**40, 4300):
    try:
        sys.set_int_max_str_digits(n)
        print('set', sys.get_int_max_str_digits())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits(), len(str(10**699)))
try:
    str(10**700)
except ValueError as e:
    print(e)
for bad in ((), ('x',), (1, 2)):
    try:
        sys.set_int_max_str_digits(*bad)
    except TypeError as e:
        print(e)
for kw in ({'x': 700}, {'maxdigits': 700, 'x': 1}):
    try:
        sys.set_int_max_str_digits(**kw)
    except TypeError as e:
        print(e)
try:
    sys.set_int_max_str_digits(700, maxdigits=700)
except TypeError as e:
    print(e)
try:
    sys.get_int_max_str_digits(1)
except TypeError as e:
    print(e)
