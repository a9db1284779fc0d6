# 07 temporaries: the objects an expression makes along the way (intermediate
# results, a call's return value nobody keeps, a bound method) live only until
# the operation that uses them is done. CPython frees each one at that moment.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name
        print("  made", name)

    def __del__(self):
        print("  freed", self.name)

    def __add__(self, other):
        return Noisy(self.name + "+" + other.name)


print("a call's result that nobody keeps dies at once:")
Noisy("unused")
print("next statement")

print("an attribute read from a temporary: the object dies before print runs:")
print("  name =", Noisy("t").name)

print("a + b + c makes a+b, uses it, and frees it before the statement ends:")
a, b, c = Noisy("a"), Noisy("b"), Noisy("c")
total = a + b + c
print("total is", total.name)

print("a temporary passed to a function lives as long as the call:")


def show(obj):
    print("  inside show:", obj.name, "refcount", sys.getrefcount(obj))


show(Noisy("arg"))
print("after the call")

print("a list built only to be measured:")
print("  len =", len([Noisy("x1"), Noisy("x2")]))
print("done")
del a, b, c, total
