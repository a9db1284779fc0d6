def rep(n):
    def d(f):
        return lambda: [f() for _ in range(n)]
    return d
@rep(3)
def one(): return 1
print(one())
