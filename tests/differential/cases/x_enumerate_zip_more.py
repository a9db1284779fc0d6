print(list(enumerate("ab", start=-1)), list(zip()), list(zip([1, 2, 3], "ab")))
print(dict(zip("abc", range(3))), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(lambda x: x % 2, range(7))), sum(map(len, ["ab", "c"])))
