class O:
    def __rsub__(self, x): return ("rsub", x)
    def __rmul__(self, x): return ("rmul", x)
o = O()
print(5 - o, 3 * o)
