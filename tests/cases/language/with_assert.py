class M:
    def __enter__(self): print("enter"); return 7
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with M() as m:
    print(m)
    raise ValueError
print("after")
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print(e)
