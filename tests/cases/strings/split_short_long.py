# split with a separator on texts either side of the short/long boundary: pieces, empty pieces,
# multi-character separators, maxsplit, rsplit, kinds and sizes of the pieces, identity
import sys
for n in (0, 1, 5, 255, 256, 257, 600):
    s = ("ab," * n)[: n]
    p = s.split(",")
    print(n, len(p), p[:3], p[-2:], s.split(",", 2)[-1][:6], s.rsplit(",", 2)[:1][0][-4:], s.split("ab,")[-1])
for s in (",", ",,", "a,,b,", ",a", "abc", "", "x::y::::z", "é,a,€,\U0001F600"):
    print(repr(s), s.split(","), s.split("::"), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0))
t = "no separator here"
print(t.split(",")[0] is t, t.split("zz", 3)[0] is t)
w = "é,a,bb," * 3
print([sys.getsizeof(x) for x in w.split(",")], [sys.getsizeof(x) for x in "a,bc,d".split(",")])
long = ",".join(str(i) for i in range(200))
print(len(long), len(long.split(",")), long.split(",")[-3:], long.split(",", 3)[:4], long.rsplit(",", 2))
print([x is y for x, y in zip("a,b,a".split(","), "a,b,a".split(","))])
