# list.sort of ints: each object keeps its id and value, equal keys keep their order (dense and
# wide ranges, reverse, objects also held elsewhere; short lists and long ones)
seed = 7


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


def check(L, reverse=False):
    before = [(x, id(x)) for x in L]
    L.sort(reverse=reverse)
    return [(x, id(x)) for x in L] == sorted(before, key=lambda p: p[0], reverse=reverse)


for n, mod in ((3000, 50), (3000, 10**12), (20000, 50), (20000, 1000), (20000, 10**12)):
    for rev in (False, True):
        L = [rnd() % mod - mod // 3 for _ in range(n)]
        keep = L[::7]
        print(n, mod, rev, check(L, rev), L[0], L[-1], keep[1] in L)
