x = 10
print(eval("x + 1"), eval("  x * 2"), eval("y", {"y": 5}), eval("a + b", {"a": 1}, {"b": 2}))
g = {"z": 3}
exec("w = z * 2\ndef f(): return w + 1\nprint('in exec', f())", g)
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g, g["w"])
def fn():
    q = 7
    print(eval("q + x"))
    exec("r = q")
    print(q)
fn()
exec("import sys; t = len('abc')")
print(t)
loc = {}
exec("m = 1\nn = m + 1", {}, loc)
print(loc)
c = compile("1 + 2", "<c>", "eval")
print(type(c).__name__, eval(c), eval(c))
c2 = compile("print('hi from code')", "<c2>", "exec")
exec(c2)
print(eval("[i * x for i in range(3)]"), eval("(lambda v: v + x)(1)"))
for bad in ["1 +", "x = ", "def"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("zde", e)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
for a in [(1,), ("1", 1), ("1", {}, 1), ("1", None, {})]:
    try:
        print(eval(*a))
    except TypeError as e:
        print("TypeError:", e)
try:
    exec("1", [])
except TypeError as e: print(e)
print(eval("__name__"), eval("__name__", {}), exec("pass"))
print(eval("dir()", {"a": 1}, {"b": 2}))
