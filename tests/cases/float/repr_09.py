x = 3.0 * 1.1
print(x, repr(x), str(x), f"{x}", "%s" % x, x == x, x.is_integer())
