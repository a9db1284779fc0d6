s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), sep='|')
print(s.upper(), s.lower(), s.title(), s.swapcase(), sep='|')
print("a,b,,c".split(","), "a b  c".split(), "abc".center(9, "*"))
print("-".join(["x", "y", "z"]), "hello".replace("l", "L", 1), "abcabc".find("c"), "abc".rfind("z"))
print("hello"[::-1], "hello"[1:4], "hello"[-2:], "abc".startswith(("x", "a")))
