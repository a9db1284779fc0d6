# An exhausted dict iterator lets go of its dict, even an empty one (forward and reversed);
# set methods that iterate an argument release each item, also when looking it up raises.
import sys

for make in (iter, reversed):
    d = {}
    it = make(d)
    before = sys.getrefcount(d)
    print(make.__name__, next(it, 'end'), sys.getrefcount(d) == before - 1)
    d = {1: 'a', 2: 'b', 3: 'c'}
    for view in (d, d.keys(), d.values(), d.items()):
        it = make(view)
        print(list(it), next(it, 'end'))
    del d[2]
    print(list(make(d)), list(make(d.items())))

s = {1, 2, 3}
inner = [1]
base = sys.getrefcount(inner)
for name in ('issuperset', 'isdisjoint'):
    try:
        getattr(s, name)([inner])
    except TypeError as e:
        print(name, e)
    print(name, 'released its item:', sys.getrefcount(inner) == base)
print(s.issuperset([1, 2]), s.issuperset(iter([1, 4])), s.isdisjoint([4, 5]), s.isdisjoint(iter([5, 3])))
print(s | {4}, s - {1}, s.difference([1, 2]), s ^ {1, 9}, s & {2, 7}, s.intersection([3, 8]))
print(frozenset(s) | {4}, frozenset(s).symmetric_difference([3, 4]))
big = set(range(40))
print(sorted(big - {1, 2}), sorted(big.difference(range(35))))
try:
    {1} - 5
except TypeError as e:
    print(e)
try:
    {1}.difference(5)
except TypeError as e:
    print(e)
try:
    {1}.intersection(5)
except TypeError as e:
    print(e)
try:
    {1}.symmetric_difference([[]])
except TypeError as e:
    print(e)
