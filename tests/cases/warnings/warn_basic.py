import warnings
print(warnings.filters[:3])
warnings.warn("careful")
warnings.warn("careful")
def f():
    warnings.warn("in f", DeprecationWarning, stacklevel=2)
f()
warnings.warn("rt", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("x1")
    warnings.warn("x2", UserWarning)
    print(len(w), w[0].message, w[0].category, w[0].lineno, w[1].filename.endswith("w1.py"))
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("caught", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="ign")
warnings.warn("ignore me? ign")
warnings.warn("ign this")
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "x = 1"))
warnings.warn(Warning("inst"))
class MyW(UserWarning): pass
warnings.warn("mine", MyW)
