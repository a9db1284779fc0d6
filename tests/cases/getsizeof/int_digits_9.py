import sys
for v in (2 ** (9 * 30 - 1), -(2 ** (9 * 30 - 1)), 2 ** (9 * 30)):
    print(sys.getsizeof(v))
