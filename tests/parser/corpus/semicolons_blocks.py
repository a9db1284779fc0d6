a = 1; b = 2;
if a: b; c
def f(): x = 1; return x
class C: a = 1; b = 2
while 0: break; continue
