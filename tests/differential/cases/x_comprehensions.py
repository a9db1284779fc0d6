print([x * y for x in range(3) for y in range(3) if x != y])
print({x % 3 for x in range(10)}, {x: x ** 2 for x in range(4)})
print(sum(x for x in range(101)), list(map(str, range(3))))
print([[j for j in range(i)] for i in range(4)])
