# Generator bodies whose loops yield directly (send, close, throw, break/continue, genexpr ifs, tracebacks).
import sys
def g(n):
    i = 0
    while i < n:
        x = yield i
        print("got", x)
        i += 1
        if i == 2:
            continue
        yield -i
    return "done"
it = g(4)
print(next(it)); print(it.send("a")); print(it.send("b")); print(next(it))
try:
    while True: print(it.send(None))
except StopIteration as e: print("stop", e.value)
def h():
    for k in range(3):
        try:
            yield k
            yield k * 10
        finally:
            print("fin", k)
gh = h(); print(next(gh), next(gh), next(gh)); gh.close(); print("closed")
def t():
    for k in range(5):
        yield k
        if k == 3: break
    else:
        print("no")
    yield 99
print(list(t()))
def thrower():
    for k in range(3):
        yield k
gt = thrower(); next(gt)
try:
    gt.throw(ValueError("boom"))
except ValueError as e:
    print("caught", type(e).__name__ if False else sys.exc_info()[0].__name__)
print(list(x * 2 for x in range(6) if x % 2 if x > 1))
print(list((a, b) for a in range(3) for b in range(a) if b))
ge = (x for x in range(3)); print(next(ge), ge.send(5), list(ge))
def w():
    n = 0
    while True:
        yield
        n += 1
        if n > 2: return n
print(list(w()))
def rec(n):
    for i in range(n):
        yield i
        yield from rec(i)
print(list(rec(4)))
print(sys.getrefcount(1000) > 0)
class C: pass
def objs():
    for i in range(3):
        c = C()
        yield c
for o in objs(): print(sys.getrefcount(o))
def err():
    for i in range(3):
        yield 1 / (1 - i)
try:
    print(list(err()))
except ZeroDivisionError as e:
    print("caught", type(e).__name__ if False else sys.exc_info()[0].__name__)
print(list(err()))
