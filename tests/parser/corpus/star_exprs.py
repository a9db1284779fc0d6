a, *b = c
*a, = b
[a, *b, c] = d
for *x, y in z: pass
print(*a, *b)
x = *a, *b
return_ = [*range(3)]
def f(): return *a, b
def g(): yield *a, b
