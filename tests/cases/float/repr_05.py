x = 2.5e-300
print(x, repr(x), str(x), f"{x}", "%s" % x, x == x, x.is_integer())
