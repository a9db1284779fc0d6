class O:
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
o = O()
o[1] = 2
del o["x"]
