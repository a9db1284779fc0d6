print(((1,), (2, (3, [4, {5: (6,)}]))), repr(("a", 1.5, None, True)), str((1,)))
print(tuple("ab"), tuple([1, 2]) + (3,), hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2.0))
