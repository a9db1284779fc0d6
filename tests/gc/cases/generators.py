import gc
gc.disable()
def gen():
    yield 1
    yield 2
g = gen()
next(g)
holder = [g]
holder.append(holder)
del g, holder
print(gc.collect())
class C:
    def __del__(self):
        print("C freed")
def g2(c):
    yield c
c = C()
it = g2(c)
next(it)
c.it = it
del c, it
print(gc.collect())
