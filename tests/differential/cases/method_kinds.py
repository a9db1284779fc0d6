class K:
    def inst(self, x): return ('inst', x)
    @classmethod
    def cls(cls, x): return ('cls', cls.__name__, x)
    @staticmethod
    def st(x): return ('st', x)
k = K()
print(k.inst(1), K.inst(k, 2), k.cls(3), K.cls(4), k.st(5), K.st(6))
m = k.inst
print(m(7), m.__self__ is k, m.__func__ is K.inst, type(m).__name__, type(K.inst).__name__)
print(type(K.__dict__['cls']).__name__, type(K.__dict__['st']).__name__)
f = [].append
print(type(f).__name__, f.__name__, type(list.append).__name__)
print(list.append.__name__, str.upper('abc'), dict.get({'a': 1}, 'a'))
