# Integer loops: arithmetic and comparisons in a while loop.
total = 0
i = 0
while i < 1500000:
    total = (total + i * 7 - (i >> 2)) % 1000003
    i += 1
print(total)
