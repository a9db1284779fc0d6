class A:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(('get', name))
        if name.startswith('z'): raise AttributeError(name)
        return name.upper()
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
a = A()
print(a.foo, a.bar)
a.v = 3
print(a.v)
del a.v
print(a.log)
print(getattr(a, 'zed', 'dflt'), hasattr(a, 'zz'), hasattr(a, 'ok'))
try:
    a.zq
except AttributeError as e:
    print('AE', e)
class B:
    __slots__ = ('p',)
b = B()
try: b.q = 1
except AttributeError as e: print(e)
try: print(b.p)
except AttributeError as e: print(e)
class G:
    def __getattribute__(self, name):
        if name == 'magic': return 42
        return object.__getattribute__(self, name)
print(G().magic)
try: G().nope
except AttributeError as e: print(e)
