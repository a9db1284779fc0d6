# str.replace: a replacement holding '$' is taken literally (the native replace pass must not read patterns).
s = "a0b0c00d"
for nw in ["", "$", "$$", "$&", "$'", "$`", "$1", "$<x>", "x$&y", "\u20ac", "é"]:
    r = s.replace("0", nw)
    print(ascii(r), len(r), r.count("$"))
print(s.replace("00", "$&"), s.replace("0", "$&", 2), s.replace("zz", "$"), s.replace("", "$&"))
import sys
print(sys.getsizeof("abc0".replace("0", "é")), sys.getsizeof("abc0".replace("0", "x")), "é0".replace("0", "x"), sys.getsizeof("é0".replace("0", "x")))
