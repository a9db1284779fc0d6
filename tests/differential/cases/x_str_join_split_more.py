print("a-b-c".rsplit("-", 1), "a\nb\r\nc".splitlines(), " x ".strip() == "x", "abc".isalpha(), "12".isdigit())
print("Hello".ljust(8, ".") + "|", "Hello".rjust(8) + "|", "ab" + "cd", "%s" % [1, 2], str(None))
print("TeSt".istitle(), "abc".islower(), "  ".isspace(), "a b".title(), "x".join("123"))
