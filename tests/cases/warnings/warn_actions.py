import warnings

def loop(n, msg="again"):
    for i in range(n):
        warnings.warn(msg)

loop(3)                      # default: once per location
warnings.simplefilter("always")
loop(2, "always")
warnings.simplefilter("once")
loop(2, "once")
loop(2, "once")
warnings.simplefilter("module")
loop(2, "module")
warnings.warn("module")      # same text, other line: module action shows it once per module
warnings.simplefilter("ignore")
loop(2, "ignored")
warnings.resetwarnings()
print(warnings.filters)
warnings.filterwarnings("error", message="bad", category=RuntimeWarning)
warnings.filterwarnings("ignore", module="__main__", append=True)
print(len(warnings.filters), warnings.filters[0][1], warnings.filters[1][3])
try:
    warnings.warn("BAD thing", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))
warnings.warn("not shown")
reg = globals().get("__warningregistry__")
print(type(reg).__name__, "version" in reg)
warnings.resetwarnings()

def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", message, category.__name__, filename.endswith(".py"), lineno, line)
old = warnings.showwarning
warnings.showwarning = show
warnings.warn("via hook", UserWarning)
warnings.showwarning = old
warnings.formatwarning = lambda m, c, f, l, line=None: "FMT %s %s\n" % (c.__name__, m)
warnings.warn("formatted")
print(str(warnings.WarningMessage("m", UserWarning, "f.py", 3)))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(3):
        warnings.warn("rec %d" % i, FutureWarning, stacklevel=1)
print([str(w.message) for w in log], [w.category.__name__ for w in log])
print(warnings.catch_warnings(record=True))
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
warnings.warn("deep", stacklevel=10)
try:
    warnings.warn("x", 42)
except TypeError as e:
    print(e)
warnings.simplefilter("error")
warnings.warn("uncaught")
