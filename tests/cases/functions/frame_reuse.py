# Frames of returned calls: a saved frame object, a saved exception raised again in a later
# call of the same function, and f_back/f_locals of frames that have returned.
import sys

def tb(e):
    out = []
    t = e.__traceback__
    while t is not None:
        out.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(type(e).__name__, out)

saved = []
def catch(n):
    try:
        1 / n
    except ZeroDivisionError as e:
        saved.append(e)
    return n

def reraise(e, n):
    x = n + 1
    if n:
        raise e
    return x

frames = []
def keep(a, b):
    frames.append(sys._getframe())
    return a + b

def outer(a):
    return keep(a, a * 2)

catch(0)
catch(1)
for i in range(3):
    try:
        reraise(saved[0], 1)
    except ZeroDivisionError as e:
        tb(e)
for i in range(3):
    outer(i)
print([(f.f_code.co_name, f.f_locals, f.f_lineno) for f in frames])
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
print(rec(50), rec(10))
def deep(n):
    if n == 0:
        raise ValueError('bottom')
    return deep(n - 1)
for i in range(2):
    try:
        deep(3)
    except ValueError as e:
        tb(e)
catch(0)
reraise(saved[-1], 1)
