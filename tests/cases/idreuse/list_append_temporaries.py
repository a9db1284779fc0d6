# list.append on a temporary list: the list (and its item array) is released before the
# argument, so the argument's block is the most recently freed one
import sys
ids = []
def mk(n):
    v = int(n)
    ids.append(id(v))
    return v
[].append(mk('1000001'))
p = int('1000002')
print(id(p) == ids[0])
# on a list that outlives the call, the list keeps the argument
L = []
L.append(mk('1000003'))
print(id(L[0]) == ids[1], sys.getrefcount(L[0]), sys.getrefcount(L))
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
[].append(Noisy('temp'))
print('after temp')
L.append(Noisy('kept'))
del L
print('end')
