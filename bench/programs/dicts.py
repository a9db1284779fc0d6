# Dict insert and lookup with int and str keys.
d = {}
for i in range(300000):
    d[i] = i * 2
e = {}
for i in range(100000):
    e["k" + str(i)] = i
s = 0
for i in range(300000):
    s += d[i] + d.get(i + 1, 0)
for i in range(100000):
    s += e["k" + str(i)]
print(s, len(d), len(e))
