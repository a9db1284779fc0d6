# list.sort / sorted fast paths for exact ints: dense (counting) and sparse ranges, reverse, stability by identity
seed=[12345]
def rr(a,b):
    seed[0]=(seed[0]*1103515245+12345)%2147483648
    return a+seed[0]*(b-a)//2147483648
for rev in (False, True):
    for rng in (3, 1000, 10**12, 2**60):
        L = [rr(-rng, rng) for _ in range(200)]
        L2 = [x * 1 + 0 for x in L]
        ids = [(x, i) for i, x in enumerate(L2)]
        s = sorted(L2, reverse=rev)
        print(rev, rng, s[:5], s[-3:])
        # stability by identity: big values distinct objects
        A = [10**6 + (i % 3) for i in range(30)]
        order = [id(x) for x in A]
        B = sorted(A, reverse=rev)
        print([order.index(id(x)) for x in B])
print(sorted([3, -1, 2**70, 5, -2**70]), sorted([True, 1, 0, False]))
print(sorted(["b", "a"], key=len), sorted([5,1,4], key=lambda x: -x))
L = [10**6 + i for i in range(5)]
import sys
print(L[0], L[-1], L[-5], sys.getrefcount(L[2]), [1, 2][False])
