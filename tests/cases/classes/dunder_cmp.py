class O:
    def __init__(self, v=1): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
o = O()
print(O(1) < O(2), O(3) > O(2), O(2) >= O(2), sorted([O(3), O(1)])[0].v)
