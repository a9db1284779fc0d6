import sys
for v in (2 ** (3 * 30 - 1), -(2 ** (3 * 30 - 1)), 2 ** (3 * 30)):
    print(sys.getsizeof(v))
