# hash(frozenset) is CPython 3.11's frozenset_hash on 64 bits (nested frozensets too), so sets of frozensets iterate in the same order
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset([frozenset([1]), frozenset()])), hash(frozenset(range(100))))
print(hash(frozenset([-1, -2, 2**61, 2**62, -2**63])), hash(frozenset([1.5, 2.25, -0.5])))
print(hash(frozenset([frozenset([frozenset([1, 2]), 3]), frozenset([4])])))
x = 12345
def rnd():
    global x
    x = (x * 1103515245 + 12345) % 2**31
    return x - 2**30
for n in range(60):
    s = frozenset(rnd() * (n + 1) ** 3 for _ in range(n % 17))
    t = frozenset([s, frozenset([n]), n])
    print(hash(s), hash(t))
print(sorted(frozenset([frozenset([i, i + 1]) for i in range(20)]), key=lambda f: min(f))[:3])
print(list(frozenset([frozenset([i]) for i in range(12)])))
print(list({frozenset([i, 2 * i]) for i in range(10)}))
