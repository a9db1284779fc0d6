x = 123.456
print(x, repr(x), str(x), f"{x}", "%s" % x, x == x, x.is_integer())
