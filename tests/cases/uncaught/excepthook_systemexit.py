import sys
def h(t, v, tb):
    print("hook", t.__name__, v)
sys.excepthook = h
raise SystemExit(3)
