import sys
for v in [0, 1, 2**30 - 1, 2**30, 2**60, 2**90, -1, True]:
    print(sys.getsizeof(v))
