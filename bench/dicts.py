d = {}
for i in range(200000):
    d["k" + str(i % 5000)] = i
counts = {}
for k in d:
    counts[len(k)] = counts.get(len(k), 0) + 1
print(len(d), sorted(counts.items()))
