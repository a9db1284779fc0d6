# pow(x, e, m) reduces by l_mod (CPython 3.11's long_pow REDUCE: the remainder alone, no quotient)
# after each multiplication: which blocks the result and the next int take.
def probe(x, e, m):
    t1 = int('1000001'); t2 = int('1000002'); t3 = int('1000003')
    i1, i2, i3 = id(t1), id(t2), id(t3)
    del t1, t2, t3
    r = pow(x, e, m)
    n = int('1000004')
    print(x, e, m, r, [id(r) == i for i in (i1, i2, i3)], [id(n) == i for i in (i1, i2, i3)])
probe(4738925713, 3, 100003)
probe(-4738925713, 5, 100003)
probe(2**40 + 7, 7, 2**31 + 11)
probe(123456789, 10, 2**35 + 3)
probe(-(2**45) - 9, 3, 1000)
probe(3, 200, 2**61 - 1)
