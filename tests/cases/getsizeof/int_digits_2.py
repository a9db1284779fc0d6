import sys
for v in (2 ** (2 * 30 - 1), -(2 ** (2 * 30 - 1)), 2 ** (2 * 30)):
    print(sys.getsizeof(v))
