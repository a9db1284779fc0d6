import sys
def h(t, v, tb):
    print("hook", t.__name__, v, tb is v.__traceback__, file=sys.stderr)
sys.excepthook = h
print(sys.__excepthook__)
raise ValueError("v")
