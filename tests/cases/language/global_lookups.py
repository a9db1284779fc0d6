# Global and builtin name lookups after the module's namespace changes (shadowing, deletion,
# re-insertion, growth of the globals dict).
import sys
def use():
    return len([1, 2, 3])
print(use())
def len(x):
    return -1
print(use())
del len
print(use())
x = 1
def getx():
    return x
for i in range(3):
    x = x + i
    print(getx(), end=" ")
print()
del x
try:
    getx()
except NameError as e:
    print("NameError", e)
x = "back"
print(getx())
for k in range(40):
    globals()["g%d" % k] = k
print(getx(), g39, sys.getrefcount(x) >= 2)
class C:
    y = 5
    z = y + 1
    def m(self):
        return y_global
y_global = "yg"
print(C.z, C().m())
globals()["x"] = [1]
print(getx())
def shadow():
    global abs
    abs = lambda v: "mine"
    return abs(-3)
print(abs(-3), shadow(), abs(-3))
del abs
print(abs(-3))
