data = []
for i in range(200000):
    data.append(i % 1000)
data.sort()
squares = [x * x for x in data]
print(len(squares), sum(squares), max(data))
