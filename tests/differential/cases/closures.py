def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = make_counter()
print(c(), c(), c(5))
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in late])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
class K:
    y = 5
    vals = [y * 2 for _ in range(2)] if False else None
    def m(self):
        return self.y
print(K().m())
x = "global"
def show():
    return x
def shadow():
    x = "local"
    return show()
print(shadow())
def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1
unbound()
print([(lambda: k)() for k in range(3)])
