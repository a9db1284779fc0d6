class O:
    def __len__(self): return 0
o = O()
print(bool(o), len(o), "yes" if o else "no")
