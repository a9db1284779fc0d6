import sys
for n in (1, 2, 7, 8, 31):
    print(n, sys.getsizeof("\xff" * n))
