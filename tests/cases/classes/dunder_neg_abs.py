class O:
    def __neg__(self): return "neg"
    def __abs__(self): return "abs"
    def __invert__(self): return "inv"
o = O()
print(-o, abs(o), ~o)
