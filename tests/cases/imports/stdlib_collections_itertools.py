import itertools as it, functools as ft, collections as co, operator
print(list(it.islice(it.count(5, 2), 4)), next(it.count()), repr(it.count(3)), repr(it.count(1, 0.5)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat(7, 3)), repr(it.repeat("x", 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([1, 2], initial=10)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 2])), list(it.takewhile(lambda x: x < 3, [1, 2, 4, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [k for k, g in it.groupby([1, 1, 2], key=lambda x: x * 0)])
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice("abcdefg", 3)), list(it.islice("abc", 1, 2)))
for bad in [(-1,), ("a", 1, 2), (0, 5, 0)]:
    try: it.islice("abc", *bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(list(it.starmap(pow, [(2, 3), (3, 2)])), [list(t) for t in it.tee("abc")], list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.pairwise("abcd")), list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(4)))), list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(ft.reduce(operator.add, [1, 2, 3]), ft.reduce(lambda a, b: a * b, [], 1))
try: ft.reduce(operator.add, [])
except TypeError as e: print(e)
p = ft.partial(pow, 2); print(p(5), p.func is pow, p.args, p.keywords)
@ft.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info(), fib.__name__)
@ft.cache
def sq(x): return x * x
print(sq(4), sq(4), sq.cache_info())
def deco(f):
    @ft.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(): "doc"; return 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
@ft.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(3))
print(sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)))
P = co.namedtuple("P", "x y")
pt = P(1, y=2); print(pt, pt.x, pt[1], pt._asdict(), pt._replace(x=9), P._fields, P._make([3, 4]), isinstance(pt, tuple))
try: P(1)
except TypeError as e: print(e)
try: P(1, 2, 3)
except TypeError as e: print(e)
Q = co.namedtuple("Q", ["a", "b", "c"], defaults=[0, 1]); print(Q(5), Q.__doc__)
d = co.deque([1, 2, 3], maxlen=3); d.append(4); d.appendleft(0); print(d, d.maxlen, len(d), d[0], d.pop(), d.popleft(), d)
d2 = co.deque("abc"); d2.rotate(1); print(d2, list(reversed(d2)), "a" in d2, d2.index("a"))
try: co.deque().pop()
except IndexError as e: print(e)
dd = co.defaultdict(list); dd["a"].append(1); dd["b"]; print(dd, dict(dd), dd.default_factory)
try: co.defaultdict()["x"]
except KeyError as e: print("KeyError", e)
c = co.Counter("abracadabra"); print(c, c.most_common(2), c["z"], sorted(c.elements())[:4], c.total())
c.update("aaz"); c.subtract({"a": 1}); print(c)
print(co.Counter(a=3, b=1) + co.Counter(a=1, b=2), co.Counter(a=3, b=1) - co.Counter(a=1, b=2), co.Counter(a=3) | co.Counter(a=5), co.Counter(a=3, b=1) & co.Counter(a=1))
od = co.OrderedDict(); od["x"] = 1; od["y"] = 2; od.move_to_end("x"); print(od, od.popitem(), od.popitem(last=False), od)
print(co.OrderedDict(a=1, b=2) == co.OrderedDict(b=2, a=1), dict(a=1, b=2) == co.OrderedDict(b=2, a=1))
print(operator.itemgetter(1)("ab"), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3), repr(operator.itemgetter(1)))
print(type(co.deque()).__name__, type(co.Counter()).__mro__[1].__name__, co.defaultdict.__module__)
