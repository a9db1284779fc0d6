print(max([], default=-1), min("hello"), max({3: 1, 5: 0}))
