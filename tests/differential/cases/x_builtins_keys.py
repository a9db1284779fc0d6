words = ["pear", "fig", "apple", "kiwi"]
print(sorted(words, key=len), sorted(words, reverse=True), min(words, key=len), max(words))
print(list(enumerate(words, 1)), list(zip(words, range(9))), list(filter(None, [0, 1, "", "a"])))
print(divmod(-7, 2), hex(255), oct(8), bin(-5), abs(-3.5), any([]), all([]))
print(getattr(words, "nope", "dflt"), hasattr(1, "real"), isinstance(True, int), callable(len))
print(int("ff", 16), int("0b101", 0), float("1e3"), chr(65), ord("a"), sum([1, 2], 10))
