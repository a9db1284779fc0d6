for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
    else:
        print('no break', i)
n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    print('div3', n)
else:
    print('while done')
for x in []:
    print('never')
else:
    print('empty else')
