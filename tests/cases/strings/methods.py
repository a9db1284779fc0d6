s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase())
print(s.split(", "), s.replace("l", "L", 2))
print(s.find("o"), s.rfind("o"), s.count("l"))
print(s.startswith("He"), s.endswith("x"))
print("-".join(["a", "b"]), "  x ".strip() + "|")
print(s[::-1], s[2:5], s[-3:])
