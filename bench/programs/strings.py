# String building and methods.
parts = []
for i in range(300000):
    parts.append(str(i).rjust(6, "0"))
s = ",".join(parts)
words = s.split(",")
n = 0
for w in words:
    if w.startswith("00"):
        n += 1
    n += w.count("7")
print(len(s), n, s.upper()[:12], s.replace("0", "")[:10])
