import sys
class A:
    def m(self): pass
a = A()
print(sys.getsizeof(a))
print(sys.getsizeof(A.m))
print(sys.getsizeof(a.m))
def g(): yield 1
print(sys.getsizeof(g()))
