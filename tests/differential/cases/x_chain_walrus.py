x = 5
print(1 < x < 10, 1 < x > 10, 1 == 1 < 2)
data = [1, 5, 8, 2]
if (n := len(data)) > 3:
    print("long", n)
print([y for v in data if (y := v * 2) > 4])
