x = 1
def f(y):
    return y is "abc"
print(x is -1, x is (1, 2), x is (), x is not 1.5, x is "a" + "b", x is None, x is ..., x is True, x is [1], 1 is x, x is b"x", x is (1, [2]))
assert (x, 1)
assert ()
assert (x)
if x is 1000: pass
print(f("abc"))
print("end")
y = [1, 2]
print(x is 1 is x)
try:
    z = (1, 2)(3)
except TypeError as e: print(e)
try:
    z = [1, 2][1, 2]
except TypeError as e: print(e)
try: z = "abc"[1.5]
except TypeError as e: print(e)
try: z = 5[0]
except TypeError as e: print(e)
