# A freed str's block is reused by the next str of its size class (id reuse), and the new str
# is a new object in every respect: its own text, its own (recomputed) hash, refcount 1.
# (Sizes chosen so that the 3.7 and the 3.11 size classes agree: 66 bytes and 54 bytes.)
import sys

def fresh(prefix, n):
    return prefix + str(n)          # a new str, not interned

tail = str(67890)                   # made first: no temporary below
a = fresh("key-abcdefghij-", 12345)
d = {a: 1}                          # a's hash is computed and cached
h_a = hash(a)
addr = id(a)
del d, a                            # both references gone: the block is free
b = "val-abcdefghij-" + tail        # same length, same size class
print(id(b) == addr)                # the block comes back
print(b, len(b), sys.getrefcount(b))
print(hash(b) == hash("val-abcdefghij-" + "67890"), hash(b) == h_a)
e = {b: 2}
print(e["val-abcdefghij-67890"], "key-abcdefghij-12345" in e)

# many temporaries: each str(i) dies at once, the survivors keep their own text
keep = [str(i).rjust(5, "*") for i in range(2000)]
print(keep[0], keep[1999], len(set(keep)), sum(sys.getrefcount(s) for s in keep[:10]))
words = ",".join(keep).split(",")
print(words == keep, [w for w in words if w.startswith("**19")][:3])
del keep, words
x = fresh("z", 1)
print(x, x == "z1", hash(x) == hash("z" + "1"))
