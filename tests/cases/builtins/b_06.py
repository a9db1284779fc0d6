class A: pass
a = A()
setattr(a, "x", 1)
print(hasattr(a, "x"), getattr(a, "y", 5), vars(a))
delattr(a, "x")
print(vars(a))
