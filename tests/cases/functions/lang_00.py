def deco(f):
    def w(*a):
        print("call", f.__name__)
        return f(*a)
    return w
@deco
def add(a, b): return a + b
print(add(1, 2))
