total = 0
i = 0
while i < 1000000:
    total += i * 2 % 7
    i += 1
print(total)
s = 0
for j in range(1000000):
    s += j
print(s)
