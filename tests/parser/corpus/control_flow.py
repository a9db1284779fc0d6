if a: pass
elif b: pass
elif c: pass
else: pass
while x:
    if y: break
    else: continue
else:
    pass
for i in range(10): pass
else: pass
for a, b in c: pass
for (a, *b) in c: pass
for x, in y: pass
