if (n := len(a)) > 10: pass
while chunk := read(): pass
[y := f(x), y**2]
f(x := 1)
print((a := 1), a)
def g(): return (b := 2)
x[(i := 0)]
{(k := 1): (v := 2)}
