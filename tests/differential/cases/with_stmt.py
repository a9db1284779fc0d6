class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("s", True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def f():
    with CM("r"):
        return "returned"
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        print("i", i)
