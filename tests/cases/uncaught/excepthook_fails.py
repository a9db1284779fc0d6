import sys
def h(t, v, tb):
    1/0
sys.excepthook = h
raise ValueError("v")
