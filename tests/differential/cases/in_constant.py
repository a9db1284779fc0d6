x = 3
print(x in [1, 2, 3], x in {4, 5}, x not in (3,), "a" in ["a"])
if x in [1, 3]:
    print("yes")
