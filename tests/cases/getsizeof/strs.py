import sys
for s in ["", "a", "abc", "\xe9", "\u0100x", "\U0001f600", "a" * 100]:
    print(sys.getsizeof(s))
