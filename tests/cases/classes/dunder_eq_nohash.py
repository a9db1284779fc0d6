class O:
    def __eq__(self, x): return True
o = O()
print(o == 1, o != 1, O.__hash__)
try:
    hash(o)
except TypeError as e:
    print(e)
