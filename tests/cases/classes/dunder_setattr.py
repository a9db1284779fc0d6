class O:
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, n, v)
o = O()
o.x = 5
print(o.x)
