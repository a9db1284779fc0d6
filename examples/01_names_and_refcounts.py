# 01 names and refcounts: a name is a reference, and sys.getrefcount counts them.
# getrefcount's own argument is one more reference while the call runs, so a
# fresh object that only one name holds reads 2.
import sys


class Box:
    pass


b = Box()
print("one name:", sys.getrefcount(b))          # b + the argument
c = b
print("two names:", sys.getrefcount(b))         # b, c + the argument
holder = [b, b]
print("in a list twice:", sys.getrefcount(b))   # the list holds two more
del holder
print("list gone:", sys.getrefcount(b))
del c
print("c deleted:", sys.getrefcount(b))


def look(obj):
    # 3.11 moves the caller's argument into this frame: b, obj + the argument
    return sys.getrefcount(obj)


print("inside a call:", look(b))
print("a temporary:", sys.getrefcount(Box()))   # only the argument holds it
