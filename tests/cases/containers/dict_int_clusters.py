# A dict of consecutive int keys fills consecutive slots of its table. Lookups of keys that
# are missing (or were deleted) but whose slot falls inside that run must stay short: a script
# like this one took minutes when the probe walked the run to its end.
d = {i: i * 3 for i in range(100000)}
hits = 0
for k in range(262144, 362144):
    if k in d:
        hits += 1
print("missing keys found:", hits)
for k in range(0, 100000, 5):
    del d[k]
print(len(d), d.get(5, "gone"), d.get(6), 10 in d, 11 in d)
print(sum(1 for k in range(0, 100000, 5) if k in d), sum(1 for k in range(100000) if k in d))
for k in range(0, 100000, 10):
    d[k] = -k
print(len(d), d[10], d[20], d[15] if 15 in d else "no 15", list(d)[:4], list(d)[-3:])
# keys that share their low bits, and negative keys
e = {}
for j in range(2000):
    e[j << 18] = j
    e[-(j << 18) - 1] = -j
print(len(e), e[1999 << 18], e[-(1999 << 18) - 1], (2000 << 18) in e, sum(e.values()))
for j in range(0, 2000, 3):
    del e[j << 18]
print(len(e), all((j << 18) in e for j in range(1, 2000, 3)), any((j << 18) in e for j in range(0, 2000, 3)))
