class O:
    def __repr__(self): return "R"
    def __str__(self): return "S"
o = O()
print(o, repr(o), [o], f"{o} {o!r}", str(o))
