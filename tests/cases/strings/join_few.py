# join of a few pieces (appended) and of five or more (joined): texts, kinds and sizes, errors
import sys
class S(str): pass
for items in ([], ["a"], ["a", "b"], ["", ""], ["ab", "é", "c"], ["a", "b", "c", "\U0001F600"], ["a", "b", "c", "d", "e"], [S("x"), "y"], ("t", "u", "v")):
    for sep in ("", ",", "é", "€€"):
        r = sep.join(items)
        print(repr(r), sys.getsizeof(r), end=" | ")
    print()
x = "solo"
print(",".join([x]) is x, ",".join([S("s")]) == "s", type(",".join([S("s")])).__name__, ",".join(iter(["p", "q"])), "".join(["ab"] * 4) == "abababab")
for bad in (["a", 1], ["a", "b", None], ["a", "b", "c", b"d"], [1.5], 5):
    try:
        print(",".join(bad))
    except TypeError as e:
        print(e)
