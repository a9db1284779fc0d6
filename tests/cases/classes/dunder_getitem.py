class O:
    def __getitem__(self, k): return k * 2
o = O()
print(o[3], o["ab"], o[(1, 2)])
