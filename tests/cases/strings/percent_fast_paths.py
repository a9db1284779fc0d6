# printf-style formatting: conversions without flags, width or precision (the text itself), next
# to the same conversions with them, literal runs, %% and the errors
class P:
    def __str__(self): return "P!"
    def __repr__(self): return "<P é>"
class I:
    def __index__(self): return 42
print("%s|%r|%a|%d|%i|%u" % ("x", "y", "é\U0001F600", 5, -7, 3))
print("%d %d %d %d %d" % (True, 3.99, -0.0, -3.7, 10 ** 30), "%i" % (2 ** 64), "%d" % I())
print("%s %r %a" % (P(), P(), P()), "%s" % [1, "a"], "%s" % (None,), "%r" % ((1, 2),))
print("%5s|%-5s|%.2s|%05d|%+d|% d|%x|%#x|%o|%#o|%X|%c|%c" % ("ab", "cd", "xyz", 42, 7, 8, 255, 255, 8, 8, 255, 65, "z"))
print("%*d|%-*d|%.*s|%3.1f|%e|%g|%%|%(a)s-%(b)d" % (5, 1, 4, 2, 2, "hello", 2.25, 1.5, 0.0001, ) if False else "%(a)s-%(b)d-%%" % {"a": "A", "b": 2})
print("%*d|%-*d|%.*s|%3.1f|%e|%g|%%" % (5, 1, 4, 2, 2, "hello", 2.25, 1.5, 0.0001))
print("no conversions" % (), "plain %% only" % (), "a%sb%sc%sd" % (1, 2, 3), "%s%s%s" % ("", "", ""), "%ld %hd %Ld" % (1, 2, 3))
print("é%sö%d€" % ("ß", 9), repr("%s" % "\U0001F600"), len("%s-%s" % ("a" * 300, "b" * 300)))
print(b"%s %d %r %%" % (b"by", 5, b"q"), b"%5s|%-3d|" % (b"x", 1))
for bad in (lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%q" % 1, lambda: "%" % (), lambda: "%(a)s" % (1,),
            lambda: "%d" % None, lambda: "%x" % 1.5, lambda: "%c" % -1, lambda: "%i" % [1], lambda: "%u" % {}):
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
