class O:
    def __getattr__(self, n): return "dyn_" + n
o = O()
o.real = 1
print(o.real, o.missing)
