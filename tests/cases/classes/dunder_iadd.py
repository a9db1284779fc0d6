class O:
    def __init__(self): self.v = []
    def __iadd__(self, x): self.v.append(x); return self
o = O()
o += 1
o += 2
print(o.v)
