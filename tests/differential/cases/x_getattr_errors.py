class A: pass
for obj, name in ((A(), "x"), (1, "foo"), ("s", "bar")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
try:
    None.x
except AttributeError as e:
    print(e)
