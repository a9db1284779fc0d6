# a cycle that runs only through a suspended generator's loop iterator (its value stack) is found
import gc
class O:
    def __del__(self): print('del O')
def gen():
    for x in [o_ref.pop()]:
        x = None
        yield 1
def outer():
    yield from gen()
o_ref = [O()]
o = o_ref[0]
g = gen()
o.g = g
next(g)
del o, g
print(gc.collect())
print('after collect 1')
o_ref = [O()]
o = o_ref[0]
g = outer()
o.g = g
next(g)
del o, g
print(gc.collect())
print('end')
def pair():
    x = [1, (yield 'first')]
    yield x
class P: pass
p = P()
g = pair()
p.g = g
next(g)
p.self_list = [p]
del p, g
print(gc.collect())
