def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
memo = {}
def f2(n):
    if n < 2: return n
    if n not in memo: memo[n] = f2(n - 1) + f2(n - 2)
    return memo[n]
print(f2(150))
