def f(x):
    if x < 0:
        raise ValueError("negative: %d" % -x if False else "negative")
    return x
try:
    f(-1)
except ValueError as e:
    print("caught", e, type(e).__name__, e.args)
try:
    {}["missing"]
except KeyError as e:
    print("key", e)
try:
    [][3]
except IndexError as e:
    print("index", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
class MyErr(Exception):
    pass
try:
    try:
        raise MyErr("inner")
    except MyErr as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, repr(e.__cause__))
def g():
    try:
        return "try"
    finally:
        print("finally runs")
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple match", repr(e))
else:
    print("no")
try:
    pass
except Exception:
    print("no")
else:
    print("else ran")
assert True
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
print(int("42") + 1, float("1.5"), str(12), repr("a'b"), repr('a"b'))
try:
    int("x")
except ValueError as e:
    print(e)
