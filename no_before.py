# A freed block's reuse after rounds of sorting 20,000-int lists: CPython gives the next int another
# block than the sorted list's first item; glasspy (session 6) gives it that one. Found by the lists
# helper; with one round, or none, both agree. Some allocation order in sort / sorted(key=) /
# comprehensions of tuples / 'in' differs.
seed = 7


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


def check(L, reverse=False):
    before = []
    L.sort(reverse=reverse)
    return [(x, id(x)) for x in L] == sorted(before, key=lambda p: p[0], reverse=reverse)


for n, mod in ((20000, 50),):
    for rev in (False, True):
        L = [rnd() % mod - mod // 3 for _ in range(n)]
        keep = L[::7]
        print(n, mod, rev, check(L, rev), L[0], L[-1], keep[1] in L)
L = [1000 + (i * 37) % 20011 for i in range(20000)]
L.sort()
a, b, c = id(L[0]), id(L[-1]), id(L[5000])
del L
x = int('1000001')
y = int('1000002')
print(id(x) == a, id(x) == b, id(x) == c, id(y) == a, id(y) == b)
