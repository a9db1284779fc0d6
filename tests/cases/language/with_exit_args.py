class CM:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print('enter', self.name); return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v, tb is not None)
        return self.swallow
with CM('a') as c:
    print('body', c.name)
with CM('b', True):
    raise ValueError('boom')
print('after b')
try:
    with CM('c'), CM('d'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
def f():
    with CM('e'):
        return 'ret'
print(f())
for i in range(3):
    with CM(str(i)):
        if i == 1: continue
        if i == 2: break
try:
    with 5: pass
except TypeError as e: print(e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except TypeError as e: print(e)
