class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with CM() as c:
    raise RuntimeError("x")
print("after")
try:
    assert 1 == 2, "nope"
except AssertionError as e:
    print("assert", e)
x = 1; del x
try:
    x
except NameError as e:
    print(e)
