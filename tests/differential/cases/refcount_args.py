import sys
class T: pass
t = T()
def one(a): return sys.getrefcount(a)
def two(a, b): return sys.getrefcount(a)
def star(*a): return sys.getrefcount(t)
def kws(**k): return sys.getrefcount(t)
def dflt(a=t): return sys.getrefcount(t)
print(one(t), two(t, t), star(t, t), kws(a=t), dflt(), dflt(t))
print(sys.getrefcount(t))
m = [t] * 5
print(sys.getrefcount(t))
del m
print(sys.getrefcount(t), sys.getrefcount(T))
