class O:
    def __iter__(self): return iter([1, 2, 3])
o = O()
print(list(o), sum(o), [x for x in o])
