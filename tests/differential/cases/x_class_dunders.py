class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __bool__(self): return bool(self.x or self.y)
    def __lt__(self, o): return self.x < o.x
print(V(1, 2) + V(3, 4), V(1, 2) == V(1, 2), len(V(0, 0)), bool(V(0, 0)), list(V(5, 6)))
print(sorted([V(3, 0), V(1, 0)]), V(1, 0) > V(0, 0))
