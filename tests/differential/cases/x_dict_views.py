d = {1: "a", 2: "b"}
k = d.keys()
d[3] = "c"
print(k, d.values(), d.items(), 2 in k, len(k), list(reversed(d)))
print({1: 1} == {1: 1.0}, dict([(1, 2)]), dict(a=1), d.copy() is d)
try:
    d[9]
except KeyError as e:
    print("KeyError", e)
