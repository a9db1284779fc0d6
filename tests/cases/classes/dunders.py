class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o): return V(self.x + o)
    def __radd__(self, o): return V(o + self.x)
    def __eq__(self, o): return isinstance(o, V) and o.x == self.x
    def __hash__(self): return hash(self.x)
    def __len__(self): return self.x
    def __bool__(self): return self.x > 1
v = V(2)
print(v + 1, 1 + v, v == V(2), len(v), bool(V(1)), hash(v))
