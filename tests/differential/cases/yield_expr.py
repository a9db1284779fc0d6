def echo():
    total = 0
    while True:
        got = (yield total) or 0
        total += got * 2 + 1 if False else got
def g():
    print("got", (yield 1))
    x = [(yield 2), (yield 3)]
    print("list", x)
    d = {"k": (yield 4)}
    print(d, f"{(yield 5)}!")
    if (yield 6):
        print("truthy")
    return (yield 7) + 100
it = g()
print(next(it))
for v in ["a", "b", "c", "d", "e", 1]:
    print(it.send(v))
try:
    it.send(5)
except StopIteration as e:
    print("stop", e.value)
def h():
    return len((yield)) * 2
k = h()
next(k)
try:
    k.send("abc")
except StopIteration as e:
    print(e.value)
