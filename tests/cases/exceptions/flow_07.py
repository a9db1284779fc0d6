def g():
    raise StopIteration
try:
    next(iter([]))
except StopIteration as e:
    print("stop", e.args)
print(list(x for x in []))
