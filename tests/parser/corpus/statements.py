import os, sys as system
from . import sibling
from ..pkg.mod import (a, b as bee)
from __future__ import annotations
x = y = 1
x += 2; y -= 3
z: int = 4
w: "list[int]"
(q): int = 5
obj.attr: str
a, *rest = [1, 2, 3]
[p, (r, s)] = 1, (2, 3)
del x, y[0], obj.attr
global g
assert x, "message"
raise
raise ValueError("bad") from None
pass
if a: pass
elif b:
    pass
else:
    ...
while True:
    break
else:
    continue
for i, j in enumerate(items):
    print(i, j, sep='', end='\n')
else:
    pass
with open(f) as fh, lock:
    pass
with (open(a) as b, open(c) as d,):
    pass
try:
    pass
except (TypeError, ValueError) as e:
    pass
except Exception:
    raise
else:
    pass
finally:
    pass
try:
    pass
except* OSError as eg:
    pass
