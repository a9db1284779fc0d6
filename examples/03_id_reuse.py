# 03 id() reuse: id() is the address of the object's block in the obmalloc heap.
# A freed block goes to the front of its pool's free list, so the next object of
# the same size class gets the same address.
class Point:
    pass


p = Point()
old = id(p)
del p
q = Point()
print("a new Point reuses the freed block:", id(q) == old)

# Two temporaries that never live at the same time share one address.
print("id(Point()) == id(Point()):", id(Point()) == id(Point()))

# Two objects alive together never share an address.
a, b = Point(), Point()
print("two live objects differ:", id(a) != id(b))

# Floats come from 3.11's float free list: a freed float's memory is reused.
f = 1.5 * 2
old = id(f)
del f
g = 2.5 * 2
print("a new float reuses the freed float:", id(g) == old)
