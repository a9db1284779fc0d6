x = float("1.5e+20")
print(x, repr(x), str(x), f"{x}", "%s" % x, x == x, x.is_integer())
