import sys
def g():
    yield 1
class A:
    def m(self): pass
def outer():
    x = 1
    def inner(): return x
    return inner
print(sys.getsizeof(g()), sys.getsizeof(A().m), sys.getsizeof(outer().__closure__[0]), sys.getsizeof(outer), sys.getsizeof(range(5)), sys.getsizeof(slice(1, 2)), sys.getsizeof(sys), sys.getsizeof(ValueError("x")), sys.getsizeof(iter([])), sys.getsizeof(iter({})))
