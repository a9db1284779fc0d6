for i in range(3):
    if i == 5: break
else:
    print("no break")
n = 0
while n < 10:
    n += 3
    if n == 6: continue
    print(n)
else:
    print("while else", n)
