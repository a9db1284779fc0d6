print(type(1), type("a"), type([]), type(None), type(type))
