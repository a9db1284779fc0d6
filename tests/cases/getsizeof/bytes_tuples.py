import sys
for v in [b"", b"ab", (), (1,), (1, 2, 3)]:
    print(sys.getsizeof(v))
