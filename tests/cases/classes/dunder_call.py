class O:
    def __call__(self, *a, **k): return (a, k)
o = O()
print(o(1, x=2), callable(o))
