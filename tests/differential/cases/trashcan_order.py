class N:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt
    def __del__(self):
        out.append(self.i)
out = []
head = None
for i in range(300):
    head = N(i, head)
head = None
print(out[:5], out[45:60], out[-5:], len(out))
out.clear()
lst = None
for i in range(200):
    lst = [lst, N(i, None)]
lst = None
print(out[:5], out[45:60], out[-5:], len(out))
