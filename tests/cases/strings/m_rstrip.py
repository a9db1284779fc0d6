for s in ["", "abc", "  Hello World  ", "ABC def", "123", "a\nb\r\nc", "x_1", "\u00c9t\u00e9"]:
    print(repr(s), repr(s.rstrip()))
