x = 1e-7
print(x, repr(x), str(x), f"{x}", "%s" % x, x == x, x.is_integer())
