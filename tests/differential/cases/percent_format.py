print("k%d" % 5, "%s and %r" % ("a", "b"), "%5d|%-5d|%05d|%+d" % (42, 42, 42, 42), "%.2f|%8.3f|%-8.1f|%e" % (3.14159, 2.5, 1.25, 12345.678))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8), "%c%c" % (65, "b"), "%%", "%(name)s is %(age)d" % {"name": "ann", "age": 30})
print("%s" % (1,), "%s" % [1, 2], "%10s|%-10s|" % ("hi", "hi"), "%.3s" % "abcdef", "%*d" % (6, 7), "%g %g %g" % (0.0001, 1e20, 123.456))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%z" % 1]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("%d%%" % 50, "%i" % 3.9, "%.1f%%" % 12.345)
