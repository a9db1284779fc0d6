def mat_mul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
a = [[1, 2], [3, 4]]
print(mat_mul(a, a), mat_mul(a, identity(2)) == a)
def transpose(m):
    return [list(row) for row in zip(*m)]
print(transpose([[1, 2, 3], [4, 5, 6]]))
def power(m, k):
    r = identity(len(m))
    while k:
        if k & 1:
            r = mat_mul(r, m)
        m = mat_mul(m, m)
        k >>= 1
    return r
print(power([[1, 1], [1, 0]], 30)[0][1])
