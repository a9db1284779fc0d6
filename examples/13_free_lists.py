# 13 free lists and small ints: some types keep their freed objects on a private
# free list instead of giving the memory back, so the next object of that type
# is ready at once (3.11 keeps up to 100 floats, 80 lists, 80 dicts, 2000 tuples
# of each length 1..20). A full collection (gc.collect()) empties the free lists.
# Small ints -5..256 are made once at start-up and shared by everyone.
import gc
import sys

print("small ints are shared:", int("256") is int("256"), "| 257 is not cached:", int("257") is int("257"))

# The float free list is a stack: the last float freed is the first one reused.
# (k makes the floats at run time: 1.5 * 1 would be folded into a constant.)
k = 1
a, b, c = 1.5 * k, 2.5 * k, 3.5 * k
ids = [id(a), id(b), id(c)]
del a, b, c                        # freed in the order a, b, c
x, y, z = 4.5 * k, 5.5 * k, 6.5 * k
print("new floats take the freed ones back in reverse:", [id(x), id(y), id(z)] == ids[::-1])
del x, y, z

# A freed float stays an allocated block while it waits on the free list: the
# allocator does not see it come back until a full collection clears the list.
gc.collect()
start = sys.getallocatedblocks()
floats = [i + 0.5 for i in range(50)]
made = sys.getallocatedblocks() - start
del floats
kept = sys.getallocatedblocks() - start
gc.collect()
cleared = sys.getallocatedblocks() - start
# Each reading also counts `start` itself, an int made after the first reading.
print("blocks: 50 floats in a list", made, "| list freed", kept, "| after gc.collect()", cleared)
print("  50 floats + the list + its item array + start =", 50 + 1 + 1 + 1)
print("  freed: only the item array went back; floats and list wait on free lists")

# Lists and dicts have free lists too: a list's header comes back at the same
# address, even for a list of another length (the items live in a separate block).
small = [1, 2]
where = id(small)
del small
big = [k, k, k, k, k, k, k, k, k, k, k, k]
print("a new list reuses the freed list object:", id(big) == where)
