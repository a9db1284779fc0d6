import sys
for v in [0, 1, 255, 256, 257, -1, -5, -6, 2**30 - 1, 2**30, 2**31, 2**59, 2**60, 2**89, 2**90, -(2**60), 10**50]:
    print(v, sys.getsizeof(v))
print(sys.getsizeof(True), sys.getsizeof(0.0), sys.getsizeof(1 + 0.5))
