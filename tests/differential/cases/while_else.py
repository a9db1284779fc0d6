n = 10
while n > 0:
    n -= 3
    if n == 4:
        print('four')
else:
    print('done', n)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print(i)
