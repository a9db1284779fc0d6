s = "abcdefghij"
print(s[::2], s[1::3], s[-3:-1], s[8:2:-2], s[100:], s[:-100], s[::-3])
print("x" * 3, "ab" in "cabd", "abc" < "abd", "B" < "a", s.index("e"), s.count("a"))
print("a\tb".expandtabs(4), "MiXeD".casefold(), "12".zfill(5), "-3".zfill(4), "abc".partition("b"))
