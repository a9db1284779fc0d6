class D:
    def __del__(self): print("del D")
try:
    raise ValueError(D())
except ValueError as e:
    print("caught")
print("after except")
