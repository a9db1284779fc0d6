# list.sort of ints: each object keeps its id and value, equal keys keep their order (dense and
# wide ranges, reverse, objects also held elsewhere)
seed = 7


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


def check(L, reverse=False):
    before = [(x, id(x)) for x in L]
    L.sort(reverse=reverse)
    return [(x, id(x)) for x in L] == sorted(before, key=lambda p: p[0], reverse=reverse)


for mod in (50, 1000, 10**12):
    for rev in (False, True):
        L = [rnd() % mod - mod // 3 for _ in range(3000)]
        keep = L[::7]
        print(mod, rev, check(L, rev), L[0], L[-1], keep[1] in L)
