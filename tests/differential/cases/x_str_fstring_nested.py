w = 10; p = 3; v = 3.14159
print(f"{v:{w}.{p}f}|{'hi':*^{w}}|{42:>{w}d}|{v!s:.4}")
print(f"{{lit}} {1+1} {'a' if w else 'b'} {[1,2][0]}")
print("{:.3}".format("abcdef"), "{!r:>6}".format("x"), "{0}{1}{0}".format("a", "b"))
