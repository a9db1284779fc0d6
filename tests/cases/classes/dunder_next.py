class O:
    def __iter__(self): self.i = 0; return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
o = O()
print(list(o))
