# 02 deallocation order: an object dies the moment its last reference goes,
# and each container releases its items in CPython's order.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


print("rebinding a name frees the old object at once:")
x = Noisy("first")
x = Noisy("second")

print("a list releases its items last to first:")
items = [Noisy("a"), Noisy("b"), Noisy("c")]
del items

print("a tuple does the same:")
t = (Noisy("t1"), Noisy("t2"))
t = None

print("a dict releases its values in insertion order:")
d = {"k1": Noisy("v1"), "k2": Noisy("v2")}
d.clear()

print("a temporary dies before the next statement:")
print("  its name was", Noisy("temp").name)

print("end of script: module names are cleared")
