# dir() of a proxy lists the referent's attributes (object.__dir__ reads __dict__ and __class__
# through the proxy); ReferenceError once it is dead
import weakref
class C:
    def m(self): pass
c = C(); c.x = 1
p = weakref.proxy(c)
print([n for n in dir(p) if not n.startswith("__")])
print(p.__class__, p.__dict__)

print(dir(p) == dir(c))
del c
try:
    dir(p)
except ReferenceError as e:
    print(e)
