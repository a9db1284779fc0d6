# 06 containers hold references: putting an object in a list, tuple, dict or set
# adds one reference per slot; copying a container copies the references, not the
# objects; and a container releases its references when it dies.
import sys


class Item:
    pass


it = Item()
print("just the name:", sys.getrefcount(it))           # it + the argument

box = [it]
print("in a list:", sys.getrefcount(it))                # + the list's slot
pair = (it, it)
print("twice in a tuple:", sys.getrefcount(it))         # + two tuple slots
table = {"key": it}
print("as a dict value:", sys.getrefcount(it))          # + the dict's value slot
group = {it}
print("in a set:", sys.getrefcount(it))                 # + the set's entry

# A shallow copy makes a new list whose slots point at the same objects.
copy = box[:]
print("list copied:", sys.getrefcount(it), "same object:", copy[0] is box[0])

# Multiplying a list repeats the reference, never the object.
many = [it] * 5
print("[it] * 5:", sys.getrefcount(it))

# Dropping a container drops every reference it held at once.
del box, pair, table, group, copy, many
print("containers gone:", sys.getrefcount(it))

# A container refers to the container, not to the name that held it:
# rebinding the name does not change what the list holds.
inner = [1, 2]
outer = [inner, inner]
inner = "something else"
print("outer still holds the old list:", outer, sys.getrefcount(outer[0]))
