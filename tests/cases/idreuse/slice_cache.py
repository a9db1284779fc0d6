# 3.11's slice cache (interp->slice_cache): a freed slice is kept when the cache is empty and
# handed to the next PySlice_New (block reuse, gc counts); slice_dealloc releases step, start, stop.
# CPython's start-up leaves one in the cache: the program's first slice takes no new block.
import sys
b0 = sys.getallocatedblocks()
b1 = sys.getallocatedblocks()
"abcdef"[1:3]
b2 = sys.getallocatedblocks()
print(b1 - b0, b2 - b1)
b = slice(2, 5)
c = slice(3, 6)
ib, ic = id(b), id(c)
del b          # the slice cache takes it if empty
del c          # freed (cache full) or cached
d = slice(7, 8)
print("d is old b", id(d) == ib, "d is old c", id(d) == ic)
e = slice(9, 10)
print("e is old b", id(e) == ib, "e is old c", id(e) == ic)
del d, e
s = "abcdefghij"
for i in range(3):
    t = s[i:i+3]
f = slice(1, 1)
print("f", id(f) == ib, id(f) == ic)

class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
s = slice(D("start"), D("stop"), D("step"))
del s
print("--")
s = slice(D("stop only"))
t = slice(D("a"), D("b"))
del t, s
import gc
gc.collect()
gc.disable()
r = []
c = gc.get_count
s = "abcdefgh"
r.append(c()[0])
s[1:3]
r.append(c()[0])
s[2:4]
r.append(c()[0])
s[::2]
r.append(c()[0])
t = s[1:5] + s[2:3]
r.append(c()[0])
print([v - r[0] for v in r])
