import sys
s = "hello world"
print(sys.getrefcount(s))

n = 12345
print(sys.getrefcount(n))
m = -7.25
print(sys.getrefcount(m))
tt = ((1.5, 2.5), 3.5)
print(sys.getrefcount(tt), sys.getrefcount(tt[0]), sys.getrefcount(tt[0][0]))
for x in [4.5, 5.5]:
    print(sys.getrefcount(x))
class C:
    attr = 6.75
print(sys.getrefcount(C.attr))
def f(a=8.5):
    return a
print(sys.getrefcount(f()))
big = 2 ** 70
print(sys.getrefcount(big))
u = 1000 + 1
print(sys.getrefcount(u))
b = [1.25, 1.25]
print(sys.getrefcount(b[0]), b[0] is b[1])
