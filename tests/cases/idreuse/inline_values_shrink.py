# An instance's inline values block shrinks as its class makes instances (3.11's shared keys
# give up one usable slot per new instance, down to one): an int freed just before an instance
# is made is reused by the instance's values once they fit in its block.
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
keep = [None] * 40
res = [None] * 40
for i in range(40):
    n = int('1000001')
    addr = id(n)
    del n
    keep[i] = C()
    m = int('1000002')
    res[i] = id(m) == addr
    del m
print(''.join('T' if r else 'F' for r in res))
