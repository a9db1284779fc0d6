import collections, itertools, functools, sys
Point = collections.namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, type(p), Point.__module__, p.__class__.__name__, hash(p) == hash((3, 4)), p == (3, 4))
x, y = p
print(x + y, sys.getsizeof(p) == sys.getsizeof((3, 4)))
try:
    collections.namedtuple("Bad", "x _y")
except ValueError as e:
    print(e)
try:
    collections.namedtuple("Bad", "x class")
except ValueError as e:
    print(e)
R = collections.namedtuple("R", "a a b", rename=True)
print(R._fields)
words = "the cat and the hat and the bat".split()
print(collections.Counter(words).most_common(3))
groups = collections.defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(sorted(groups.items()))
window = collections.deque(maxlen=2)
for i in range(5):
    window.append(i)
print(window, list(window))
print(list(itertools.islice(itertools.count(), 0, 10, 3)))
counter = itertools.count()
print([next(counter) for _ in range(3)])
@functools.lru_cache(maxsize=2)
def f(n):
    print("computing", n)
    return n * n
print(f(1), f(2), f(1), f(3), f(2), f.cache_info())
f.cache_clear()
print(f.cache_info())
print(functools.partial(max, 5)(1, 9), repr(functools.partial(int, base=2)))
