# 12 weak references: a weakref points at an object without keeping it alive
# (it does not add to the refcount). When the object dies the weakref is cleared
# and its callback runs. A WeakValueDictionary built on them is a cache whose
# entries vanish by themselves when nobody else uses the value.
import sys
import weakref


class Image:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"


img = Image("cat.png")
print("refcount before:", sys.getrefcount(img))
r = weakref.ref(img)
print("refcount with a weakref:", sys.getrefcount(img), "(unchanged)")
print("calling the weakref gives the object:", r(), r() is img)


def gone(ref):
    print("  callback: the object behind", "a dead weakref" if ref() is None else ref, "is gone")


r2 = weakref.ref(img, gone)
print("weakrefs to img:", weakref.getweakrefcount(img))
del img                                  # the last strong reference
print("after del, the weakref returns:", r())

print("a cache that does not keep its images alive:")
cache = weakref.WeakValueDictionary()


def load(name):
    image = cache.get(name)
    if image is None:
        print("  loading", name)
        image = Image(name)
        cache[name] = image
    return image


a = load("dog.png")
b = load("dog.png")                      # served from the cache
print("  same object:", a is b, "| cache size:", len(cache))
del a, b                                 # nobody uses it any more...
print("  cache size after the last user let go:", len(cache))
c = load("dog.png")                      # ...so it is loaded again
print("  cache size:", len(cache))
