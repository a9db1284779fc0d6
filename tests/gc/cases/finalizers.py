import gc
gc.disable()
class Breaker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        self.__dict__.clear()
a = Breaker("a"); b = Breaker("b")
a.o = b; b.o = a
del a, b
print("collected", gc.collect())
keep = []
class P:
    def __del__(self):
        print("P.__del__")
        keep.append(self)
p = P(); p.me = p
del p
print("collected", gc.collect())
print(gc.is_finalized(keep[0]))
keep.clear()
print("collected", gc.collect())
class Bad:
    def __del__(self):
        raise ValueError("boom")
b = Bad(); b.me = b
del b
print("collected", gc.collect())
print("goes on")
