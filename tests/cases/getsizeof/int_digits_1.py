import sys
for v in (2 ** (1 * 30 - 1), -(2 ** (1 * 30 - 1)), 2 ** (1 * 30)):
    print(sys.getsizeof(v))
