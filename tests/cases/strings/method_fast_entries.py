# str methods called with one or two positional arguments (METH_O / fastcall-like entries)
s = "abcabc\U0001F600abc"
t = "hello world"
print(t.startswith("he"), t.startswith(("x", "wor", "hel")), t.endswith("ld"), t.endswith(("a",)))
print(s.startswith("ab"), s.endswith("c"), s.startswith("\U0001F600"), s[6:].startswith("\U0001F600"))
print(t.count("o"), t.count(""), s.count("abc"), s.count("\U0001F600"), "aaaa".count("aa"))
print(t.find("o"), t.rfind("o"), t.find("z"), s.find("c"), s.rfind("abc"), s.find("\U0001F600"), t.index("w"), s.rindex("a"))
print(t.rjust(15), t.rjust(15, "*"), t.ljust(13, "-"), t.center(16, "."), t.rjust(3), "é".rjust(3, "ā"), s.rjust(12, "\U0001F600"))
print(t.split(" "), t.split("o", 1), t.rsplit("o", 1), "a,b,,c".split(","), s.split("\U0001F600"))
print(",".join(["x", "y"]), "".join(("p", "q")), "-".join("abc"), t.replace("o", "0"), t.replace("l", "L", 2), "$a".replace("a", "$&"))
for bad in [
    lambda: t.startswith(1), lambda: t.startswith((1,)), lambda: t.count(1), lambda: t.find(None),
    lambda: t.index("z"), lambda: t.rindex("z"), lambda: t.rjust("5"), lambda: t.rjust(5, "ab"),
    lambda: t.center(5, 1), lambda: t.rjust(5, fillchar="x"), lambda: t.ljust(), lambda: t.split(1),
    lambda: t.split(""), lambda: ",".join([1]), lambda: ",".join(5), lambda: t.replace(1, "a"),
    lambda: t.replace("a", 1), lambda: t.rsplit(None, "x"), lambda: t.endswith([]),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class S(str): pass
u = S("xyz")
print(type(u.rjust(2)), type(u.rjust(5)), u.startswith("x"), u.count("y"), type(u.split("y")[0]), type(",".join([u])))
