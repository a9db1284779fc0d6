class O:
    def __contains__(self, x): return x == 3
o = O()
print(3 in o, 4 in o, 4 not in o)
