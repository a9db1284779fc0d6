import sys
class A: pass
n = sys.getrefcount(A)
a = A()
b = A()
print(sys.getrefcount(A) - n)
