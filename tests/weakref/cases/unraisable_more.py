# more unraisable reports: a generator whose cleanup raises when it is freed, a __del__ whose
# error comes from a nested call, __del__ run from inside a function, a failing __repr__ of
# the object, an exception class with a failing __str__
import gc

def gen():
    try:
        yield 1
    finally:
        raise RuntimeError('in generator cleanup')

g = gen()
next(g)
del g
print('after generator')

def helper(x):
    return x['missing']

class Deep:
    def __del__(self):
        helper({})

def scope():
    d = Deep()
    del d
    print('inside scope')
scope()

class BadStr(Exception):
    def __str__(self):
        raise ValueError('no str')

class Raiser:
    def __del__(self):
        raise BadStr()
r = Raiser()
del r

class NoMsg:
    def __del__(self):
        raise StopIteration
n = NoMsg()
del n

class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        raise IndexError(self.name)
a = Cyc('a')
b = Cyc('b')
a.b = b
del a, b
print('collect', gc.collect())
print('end')
