import sys
for v in (2 ** (5 * 30 - 1), -(2 ** (5 * 30 - 1)), 2 ** (5 * 30)):
    print(sys.getsizeof(v))
