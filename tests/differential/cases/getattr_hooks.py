class Rec:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(name)
        object.__setattr__(self, name, value)
    def __getattr__(self, name):
        return 'missing:' + name
r = Rec()
r.a = 1
r.b = 2
print(r.log, r.a, r.zzz)
class G:
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return object.__getattribute__(self, name)
g = G()
g.x = 1
print(g.magic, g.x)
class D:
    def __delattr__(self, name):
        print('deleting', name)
d = D()
del d.anything
