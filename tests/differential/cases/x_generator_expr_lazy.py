def src():
    for i in range(3):
        print("yield", i)
        yield i
g = (x * 10 for x in src())
print("made")
print(next(g))
print(list(g))
print(list(zip(src(), "ab")))
