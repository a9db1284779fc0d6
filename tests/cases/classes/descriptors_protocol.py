class D:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 'unset') 
    def __set__(self, obj, v): obj.__dict__[self.name] = v * 10
class ND:
    def __get__(self, obj, typ=None): return 'nd'
class C:
    d = D()
    nd = ND()
c = C()
print(c.d, C.d.name)
c.d = 2
print(c.d)
print(c.nd)
c.nd = 'inst'
print(c.nd)
class Del:
    def __get__(self, o, t=None): return 1
    def __delete__(self, o): print('delete called')
class C2: a = Del()
del C2().a
def f(self): return 'meth'
print(f.__get__(c, C)())
