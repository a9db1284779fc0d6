# replace() on texts long enough for the byte-array path (ASCII text and replacement), with
# counts, growing/shrinking replacements, multi-character patterns, and the non-ASCII paths
import sys
s = "ab" * 1000 + "xyz" * 300
print(s.replace("b", "") == "a" * 1000 + "xyz" * 300)
print(s.replace("b", "QQ", 3)[:12], s.replace("ab", "_", 2)[:10], s.replace("yz", "1234")[-12:])
print(s.replace("ab", "", 999)[:5], s.replace("ab", "", 1000)[:5], s.replace("ab", "", 1001)[:5], s.replace("ab", "", -5)[:5])
print(len(s.replace("a", "$&")), s.replace("a", "$&")[:9], s.replace("z", "$$", 1)[-9:], s.replace("x", "\\1")[-8:])
big = ",".join(str(i) for i in range(1000))
print(big.replace(",", "").count("9"), big.replace("99", "<>")[-30:], big.replace(",", ", ", 5)[:40])
print(big.replace(",", "").isascii(), big.replace(",", "é")[:9], big.replace("9", "\U0001F600")[-6:] == "\U0001F600,\U0001F600\U0001F600\U0001F600")
t = "é" * 600 + "a"
print(t.replace("a", "b")[-3:], len(t.replace("é", "e")), t.replace("é", "e", 2)[:5], t.replace("é", "ab")[:4])
print(s.replace("q", "r") is s, s.replace("b", "b") is s, s.replace("b", "c", 0) is s, s.replace("ab", "ab") is s, s.replace("ab", "ab") == s)
class S(str): pass
u = S(s)
r = u.replace("q", "r"); print(type(r).__name__, r is u, r == s)
r = u.replace("a", "c"); print(type(r).__name__, r[:4])
print(sys.getsizeof(s.replace("b", "")), sys.getsizeof(big.replace(",", ";")), sys.getsizeof(t.replace("a", "b")), sys.getsizeof(big.replace(",", "é")))
w = "x" * 5000
print(w.replace("x", "yy").count("y"), w.replace("xx", "z").count("z"), w.replace("xxx", "", 2).count("x"), w.replace("x", "", 4999))
