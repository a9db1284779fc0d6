data = [1, 5, 2, 8]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 4], y)
total = 0
print([total := total + x for x in data], total)
while (chunk := data.pop()) != 5:
    print('chunk', chunk)
