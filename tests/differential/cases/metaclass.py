class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['added'] = 42
        return super().__new__(mcls, name, bases, ns)
    def hello(cls):
        return 'hello ' + cls.__name__
class A(metaclass=Meta):
    pass
class B(A):
    pass
print(type(A).__name__, A.added, A.hello(), type(B).__name__, B.hello())
X = type('X', (object,), {'v': 1})
print(X.v, X().v, type(X).__name__, X.__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(S(1) is S(2), S(3).v)
