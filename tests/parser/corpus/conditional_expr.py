a if b else c
x = a if b else (c if d else e)
f(a if b else c)
[a for b in c if d] if e else f
lambda: a if b else c
