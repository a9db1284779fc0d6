# Many small objects with methods.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def norm1(self):
        return abs(self.x) + abs(self.y)
acc = Point(0, 0)
s = 0
for i in range(400000):
    p = Point(i % 13 - 6, i % 7 - 3)
    acc = acc.add(p)
    s += p.norm1()
print(acc.x, acc.y, s)
